package org.matdesign.core;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A chemical element (Z = 1..118). Facts come from the bundled {@code elements.json}, converted once from
 * pymatgen 2022.11.7's periodic table (and SMACT's covalent radii); missing facts are {@code NaN}.
 * Instances are unique, so {@code ==} and {@code equals} agree.
 */
public final class Element implements Comparable<Element> {

    private static final List<Element> ALL;
    private static final Map<String, Element> BY_SYMBOL;

    static {
        List<Element> all = load();
        ALL = Collections.unmodifiableList(all);
        Map<String, Element> bySymbol = new HashMap<>();
        for (Element e : all) {
            bySymbol.put(e.symbol, e);
        }
        BY_SYMBOL = Collections.unmodifiableMap(bySymbol);
    }

    private final String symbol;
    private final int z;
    private final String name;
    private final double atomicMass;
    private final double electronegativity;
    private final int[] oxidationStates;
    private final int[] commonOxidationStates;
    private final Map<Integer, Double> ionicRadii;
    private final double atomicRadius;
    private final double covalentRadius;
    private final double mendeleevNumber;
    private final boolean metal;
    private final int row;
    private final int group;

    private Element(JsonObject o) {
        symbol = o.get("symbol").getAsString();
        z = o.get("z").getAsInt();
        name = o.get("name").getAsString();
        atomicMass = o.get("mass").getAsDouble();
        electronegativity = number(o, "x");
        oxidationStates = ints(o.getAsJsonArray("ox"));
        commonOxidationStates = ints(o.getAsJsonArray("commonOx"));
        Map<Integer, Double> radii = new TreeMap<>();
        for (Map.Entry<String, JsonElement> r : o.getAsJsonObject("ionicRadii").entrySet()) {
            radii.put(Integer.parseInt(r.getKey()), r.getValue().getAsDouble());
        }
        ionicRadii = Collections.unmodifiableMap(radii);
        atomicRadius = number(o, "atomicRadius");
        covalentRadius = number(o, "covalentRadius");
        mendeleevNumber = number(o, "mendeleev");
        metal = o.get("metal").getAsBoolean();
        row = o.get("row").getAsInt();
        JsonElement g = o.get("group");
        group = g == null || g.isJsonNull() ? 0 : g.getAsInt();
    }

    private static List<Element> load() {
        try (InputStream in = Element.class.getResourceAsStream("elements.json")) {
            if (in == null) {
                throw new IllegalStateException("resource org/matdesign/core/elements.json is missing from the bundle");
            }
            JsonArray array = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
            List<Element> list = new ArrayList<>(array.size());
            for (JsonElement e : array) {
                list.add(new Element(e.getAsJsonObject()));
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).z != i + 1) {
                    throw new IllegalStateException("elements.json is not ordered by Z at index " + i);
                }
            }
            if (list.size() != 118) {
                throw new IllegalStateException("elements.json has " + list.size() + " elements, expected 118");
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read elements.json", e);
        }
    }

    private static double number(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v == null || v.isJsonNull() ? Double.NaN : v.getAsDouble();
    }

    private static int[] ints(JsonArray array) {
        int[] result = new int[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = array.get(i).getAsInt();
        }
        return result;
    }

    /** The element with this symbol (case-sensitive, e.g. "Fe"). */
    public static Element of(String symbol) {
        Element e = symbol == null ? null : BY_SYMBOL.get(symbol.strip());
        if (e == null) {
            throw new IllegalArgumentException("unknown element symbol '" + symbol + "'");
        }
        return e;
    }

    /** The element with this symbol, or null. */
    public static Element orNull(String symbol) {
        return symbol == null ? null : BY_SYMBOL.get(symbol);
    }

    public static boolean isSymbol(String symbol) {
        return symbol != null && BY_SYMBOL.containsKey(symbol);
    }

    /** The element with atomic number {@code z} (1..118). */
    public static Element ofZ(int z) {
        if (z < 1 || z > ALL.size()) {
            throw new IllegalArgumentException("atomic number " + z + " is outside 1.." + ALL.size());
        }
        return ALL.get(z - 1);
    }

    /** All 118 elements ordered by Z. */
    public static List<Element> all() {
        return ALL;
    }

    public String symbol() {
        return symbol;
    }

    public int z() {
        return z;
    }

    public String name() {
        return name;
    }

    /** Standard atomic weight in amu (pymatgen's value). */
    public double atomicMass() {
        return atomicMass;
    }

    /** Pauling electronegativity (pymatgen {@code X}); {@code NaN} when none is defined (e.g. noble gases). */
    public double electronegativity() {
        return electronegativity;
    }

    /** All known oxidation states, ascending (pymatgen {@code oxidation_states}). */
    public int[] oxidationStates() {
        return oxidationStates.clone();
    }

    /** Common oxidation states (pymatgen {@code common_oxidation_states}). */
    public int[] commonOxidationStates() {
        return commonOxidationStates.clone();
    }

    /** Ionic radius in Å for an oxidation state (pymatgen {@code ionic_radii}), empty when not tabulated. */
    public OptionalDouble ionicRadius(int oxidationState) {
        Double r = ionicRadii.get(oxidationState);
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
    }

    /** All tabulated ionic radii by oxidation state (ascending). */
    public Map<Integer, Double> ionicRadii() {
        return ionicRadii;
    }

    /** Arithmetic mean of all tabulated ionic radii; {@code NaN} when none (pymatgen returns 0 there). */
    public double averageIonicRadius() {
        if (ionicRadii.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (double r : ionicRadii.values()) {
            sum += r;
        }
        return sum / ionicRadii.size();
    }

    /** Empirical atomic radius in Å (pymatgen {@code atomic_radius}); {@code NaN} when unknown. */
    public double atomicRadius() {
        return atomicRadius;
    }

    /** Covalent radius in Å (Cordero 2008, via SMACT); {@code NaN} when unknown (Z > 103). */
    public double covalentRadius() {
        return covalentRadius;
    }

    /** Mendeleev number (pymatgen {@code mendeleev_no}); {@code NaN} when unknown. */
    public double mendeleevNumber() {
        return mendeleevNumber;
    }

    /** pymatgen's {@code is_metal}: alkali, alkaline earth, transition, post-transition, lanthanoid, actinoid. */
    public boolean isMetal() {
        return metal;
    }

    /** Period 1..7 (pymatgen {@code row}). */
    public int row() {
        return row;
    }

    /** Group 1..18 (pymatgen {@code group}). */
    public int group() {
        return group;
    }

    @Override
    public int compareTo(Element other) {
        return Integer.compare(z, other.z);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
