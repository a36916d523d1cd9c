package org.matdesign.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * Reads and writes pymatgen's {@code Structure.as_dict()} JSON ({@code Structure.from_dict} reads what is
 * written). Disordered sites (several species or occupancy below 1) are refused unless the majority species is
 * asked for.
 */
public final class PymatgenJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();

    private PymatgenJson() {
    }

    public static Structure read(Path path) {
        return readString(TextInput.read(path), path.toString(), false);
    }

    public static Structure readString(String text, String sourceName) {
        return readString(text, sourceName, false);
    }

    public static Structure readString(String text, String sourceName, boolean majoritySpecies) {
        String source = sourceName == null ? "<json>" : sourceName;
        TextInput.checkText(text, source);
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new StructureParseException(source, 0, "invalid JSON: " + rootMessage(e));
        }
        try {
            return fromDict(root, source, majoritySpecies);
        } catch (IllegalStateException | IllegalArgumentException | ClassCastException | UnsupportedOperationException
                | NullPointerException | IndexOutOfBoundsException e) {
            throw new StructureParseException(source, 0, "not a pymatgen Structure dict: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    private static Structure fromDict(JsonElement root, String source, boolean majoritySpecies) {
        if (!root.isJsonObject()) {
            throw new StructureParseException(source, 0, "expected a JSON object (pymatgen Structure.as_dict())");
        }
        JsonObject o = root.getAsJsonObject();
        if (o.has("@class") && !o.get("@class").getAsString().equals("Structure")) {
            throw new StructureParseException(source, 0, "JSON holds a " + o.get("@class").getAsString()
                    + ", not a Structure");
        }
        if (!o.has("lattice") || !o.getAsJsonObject("lattice").has("matrix")) {
            throw new StructureParseException(source, 0, "missing lattice.matrix");
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromMatrix(matrix(o.getAsJsonObject("lattice").getAsJsonArray("matrix"), source));
        } catch (IllegalArgumentException e) {
            throw new StructureParseException(source, 0, "invalid lattice: " + e.getMessage());
        }
        if (!o.has("sites") || !o.get("sites").isJsonArray()) {
            throw new StructureParseException(source, 0, "missing sites array");
        }
        JsonArray sitesJson = o.getAsJsonArray("sites");
        if (sitesJson.isEmpty()) {
            throw new StructureParseException(source, 0, "sites array is empty");
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < sitesJson.size(); i++) {
            JsonObject s = sitesJson.get(i).getAsJsonObject();
            String where = "site " + i;
            Species species = species(s.getAsJsonArray("species"), source, where, majoritySpecies);
            double[] frac;
            if (s.has("abc")) {
                frac = vector(s.getAsJsonArray("abc"), source, where + " abc");
            } else if (s.has("xyz")) {
                frac = lattice.toFractional(vector(s.getAsJsonArray("xyz"), source, where + " xyz"));
            } else {
                throw new StructureParseException(source, 0, where + " has neither abc nor xyz");
            }
            String label = s.has("label") && !s.get("label").isJsonNull() ? s.get("label").getAsString() : null;
            sites.add(new Site(species, frac, label));
        }
        return new Structure(lattice, sites);
    }

    private static Species species(JsonArray list, String source, String where, boolean majoritySpecies) {
        if (list == null || list.isEmpty()) {
            throw new StructureParseException(source, 0, where + " has no species");
        }
        Species best = null;
        double bestOccu = -1;
        double total = 0;
        for (JsonElement e : list) {
            JsonObject sp = e.getAsJsonObject();
            String symbol = sp.get("element").getAsString();
            Element element = Element.orNull(symbol);
            if (element == null) {
                throw new StructureParseException(source, 0, where + ": unknown element '" + symbol + "'");
            }
            Species species = Species.of(element);
            if (sp.has("oxidation_state") && !sp.get("oxidation_state").isJsonNull()) {
                double ox = sp.get("oxidation_state").getAsDouble();
                if (ox != Math.rint(ox)) {
                    throw new StructureParseException(source, 0, where + ": non-integer oxidation state " + ox
                            + " is not supported");
                }
                species = new Species(element, (int) ox);
            }
            double occu = sp.has("occu") ? sp.get("occu").getAsDouble() : 1;
            total += occu;
            if (occu > bestOccu) {
                best = species;
                bestOccu = occu;
            }
        }
        boolean ordered = list.size() == 1 && Math.abs(total - 1) <= CifReader.OCCUPANCY_TOLERANCE;
        if (!ordered && !majoritySpecies) {
            throw new StructureParseException(source, 0, where + " is disordered (" + list.size()
                    + " species, total occupancy " + total + "); disordered structures are refused unless the"
                    + " majority species is requested");
        }
        return best;
    }

    private static double[][] matrix(JsonArray rows, String source) {
        if (rows.size() != 3) {
            throw new StructureParseException(source, 0, "lattice.matrix must have 3 rows");
        }
        double[][] m = new double[3][];
        for (int i = 0; i < 3; i++) {
            m[i] = vector(rows.get(i).getAsJsonArray(), source, "lattice.matrix row " + i);
        }
        return m;
    }

    private static double[] vector(JsonArray a, String source, String what) {
        if (a == null || a.size() != 3) {
            throw new StructureParseException(source, 0, what + " must have 3 numbers");
        }
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            v[k] = a.get(k).getAsDouble();
            if (!Double.isFinite(v[k])) {
                throw new StructureParseException(source, 0, what + " has a non-finite number");
            }
        }
        return v;
    }

    /** pymatgen's {@code Structure.as_dict()} layout. */
    public static String write(Structure s) {
        JsonObject o = new JsonObject();
        o.addProperty("@module", "pymatgen.core.structure");
        o.addProperty("@class", "Structure");
        int charge = 0;
        for (Site site : s.sites()) {
            charge += site.species().oxidationState().orElse(0);
        }
        o.addProperty("charge", charge);
        Lattice l = s.lattice();
        JsonObject lat = new JsonObject();
        JsonArray matrix = new JsonArray();
        for (double[] row : l.matrix()) {
            matrix.add(array(row));
        }
        lat.add("matrix", matrix);
        JsonArray pbc = new JsonArray();
        pbc.add(true);
        pbc.add(true);
        pbc.add(true);
        lat.add("pbc", pbc);
        lat.addProperty("a", l.a());
        lat.addProperty("b", l.b());
        lat.addProperty("c", l.c());
        lat.addProperty("alpha", l.alpha());
        lat.addProperty("beta", l.beta());
        lat.addProperty("gamma", l.gamma());
        lat.addProperty("volume", l.volume());
        o.add("lattice", lat);
        JsonArray sites = new JsonArray();
        for (int i = 0; i < s.size(); i++) {
            Site site = s.site(i);
            JsonObject so = new JsonObject();
            JsonArray species = new JsonArray();
            JsonObject sp = new JsonObject();
            sp.addProperty("element", site.element().symbol());
            site.species().oxidationState().ifPresent(ox -> sp.addProperty("oxidation_state", ox));
            sp.addProperty("occu", 1);
            species.add(sp);
            so.add("species", species);
            so.add("abc", array(site.frac()));
            so.add("xyz", array(s.cartesian(i)));
            so.addProperty("label", site.label() != null ? site.label() : site.species().toString());
            so.add("properties", new JsonObject());
            sites.add(so);
        }
        o.add("sites", sites);
        return GSON.toJson(o) + "\n";
    }

    private static JsonArray array(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) {
            a.add(x);
        }
        return a;
    }
}
