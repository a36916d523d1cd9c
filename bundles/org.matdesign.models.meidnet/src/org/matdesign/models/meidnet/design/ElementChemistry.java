package org.matdesign.models.meidnet.design;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-element chemistry used by the physical penalties, over a model's element vocabulary: role (cation or anion),
 * the range of common oxidation states of that role, an ionic radius and, for anions, the family (oxide, halide,
 * chalcogenide, nitride) that selects the Goldschmidt window. Table: element-chemistry.tsv in this package, generated
 * by tests/org.matdesign.models.meidnet.tests/fixtures/gen/make_element_chemistry.py.
 */
public final class ElementChemistry {

    /** Anion families with their own Goldschmidt window, in this order. */
    public static final List<String> FAMILIES = List.of("oxide", "halide", "chalcogenide", "nitride");

    private record Entry(boolean anion, int qMin, int qMax, double radius, String family) {
    }

    private static final Map<String, Entry> TABLE = load();

    private final List<String> elements;

    private ElementChemistry(List<String> elements) {
        this.elements = List.copyOf(elements);
    }

    /** The chemistry of a model vocabulary (index = the model's species index). */
    public static ElementChemistry forVocabulary(List<String> elements) {
        for (String e : elements) {
            if (!TABLE.containsKey(e)) {
                throw new IllegalArgumentException("element '" + e + "' of the model vocabulary is unknown");
            }
        }
        return new ElementChemistry(elements);
    }

    public int size() {
        return elements.size();
    }

    public List<String> elements() {
        return elements;
    }

    public float[] minOxidation() {
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entry(i).qMin();
        }
        return out;
    }

    public float[] maxOxidation() {
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entry(i).qMax();
        }
        return out;
    }

    public float[] radius() {
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) entry(i).radius();
        }
        return out;
    }

    /** 1 for anions, 0 for cations. */
    public float[] anion() {
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entry(i).anion() ? 1f : 0f;
        }
        return out;
    }

    /** [E x FAMILIES] one-hot of the anion family (all zero for cations and other anions), row-major. */
    public float[] familyOneHot() {
        float[] out = new float[size() * FAMILIES.size()];
        for (int i = 0; i < size(); i++) {
            int f = FAMILIES.indexOf(entry(i).family());
            if (f >= 0) {
                out[i * FAMILIES.size() + f] = 1f;
            }
        }
        return out;
    }

    public boolean isAnion(String symbol) {
        Entry e = TABLE.get(symbol);
        return e != null && e.anion();
    }

    public double radius(String symbol) {
        Entry e = TABLE.get(symbol);
        return e == null ? Double.NaN : e.radius();
    }

    private Entry entry(int index) {
        return TABLE.get(elements.get(index));
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> map = new HashMap<>();
        try (InputStream in = ElementChemistry.class.getResourceAsStream("element-chemistry.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource element-chemistry.tsv is missing from the design package");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 6) {
                    throw new IllegalStateException("element-chemistry.tsv line " + number + ": expected 6 columns");
                }
                map.put(f[0], new Entry(f[1].equals("anion"), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Double.parseDouble(f[4]), f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read element-chemistry.tsv", e);
        }
        return map;
    }
}
