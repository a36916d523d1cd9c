package org.matdesign.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.api.Attribute;
import org.matdesign.api.Candidate;
import org.matdesign.api.Verdict;
import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.engine.DesignResult;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;

/**
 * A design result or a list of candidates as JSON text, so it crosses from executors to the driver without Java
 * serialisation of the engine's classes. Exact: doubles and floats are written in their shortest round-trip form
 * (NaN included), so the driver's outputs are those of a single-machine run. Attributes of the types the models use
 * (float[], double[], String, Double, Integer, Long, Boolean) travel; one of another type is dropped and said.
 */
final class ResultWire {

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues()
            .setStrictness(Strictness.LENIENT).create();
    private static final List<Class<?>> ATTRIBUTE_TYPES = List.of(float[].class, double[].class, String.class,
            Double.class, Integer.class, Long.class, Boolean.class);

    private ResultWire() {
    }

    /** A part of a target's run: its result, the log lines it wrote, and the optimizer's slice size (0: none). */
    record TargetRun(DesignResult result, List<String> log, int slice) {
    }

    static String write(DesignResult result, List<String> log) {
        return write(result, log, 0);
    }

    static String write(DesignResult result, List<String> log, int slice) {
        JsonObject o = new JsonObject();
        o.addProperty("slice", slice);
        List<String> problems = new ArrayList<>(result.problems());
        o.add("candidates", candidates(result.candidates(), problems));
        o.add("problems", GSON.toJsonTree(problems));
        o.add("log", GSON.toJsonTree(log));
        return GSON.toJson(o);
    }

    static TargetRun read(String text) {
        JsonObject o = GSON.fromJson(text, JsonObject.class);
        List<String> problems = strings(o.get("problems"));
        return new TargetRun(new DesignResult(candidates(o.getAsJsonArray("candidates")), problems),
                strings(o.get("log")), o.has("slice") ? o.get("slice").getAsInt() : 0);
    }

    static String writeCandidate(Candidate c, List<String> problems) {
        return GSON.toJson(candidate(c, problems));
    }

    static Candidate readCandidate(String text) {
        return candidate(GSON.fromJson(text, JsonObject.class));
    }

    private static JsonArray candidates(List<Candidate> list, List<String> problems) {
        JsonArray a = new JsonArray();
        list.forEach(c -> a.add(candidate(c, problems)));
        return a;
    }

    private static List<Candidate> candidates(JsonArray a) {
        List<Candidate> out = new ArrayList<>();
        a.forEach(e -> out.add(candidate(e.getAsJsonObject())));
        return out;
    }

    private static JsonObject candidate(Candidate c, List<String> problems) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("group", c.group());
        o.addProperty("origin", c.origin());
        o.add("objective", GSON.toJsonTree(c.objective()));
        o.add("predicted", GSON.toJsonTree(c.predicted()));
        JsonObject verdicts = new JsonObject();
        c.verdicts().forEach((id, v) -> verdicts.add(id, GSON.toJsonTree(v)));
        o.add("verdicts", verdicts);
        o.add("structure", structure(c.structure()));
        JsonArray attributes = new JsonArray();
        for (Attribute<?> key : c.attributeKeys()) {
            Object value = c.attribute(key).orElse(null);
            if (!ATTRIBUTE_TYPES.contains(key.type())) {
                problems.add("attribute " + key.name() + " of " + c.id() + " (" + key.type().getName()
                        + ") cannot leave its executor; it was dropped");
                continue;
            }
            JsonObject a = new JsonObject();
            a.addProperty("name", key.name());
            a.addProperty("type", key.type().getName());
            a.add("value", GSON.toJsonTree(value));
            attributes.add(a);
        }
        o.add("attributes", attributes);
        return o;
    }

    private static Candidate candidate(JsonObject o) {
        Candidate c = Candidate.of(o.get("id").getAsString(), structure(o.getAsJsonObject("structure")),
                o.get("origin").getAsString()).withGroup(o.get("group").getAsString())
                .withObjective(o.get("objective").getAsDouble())
                .withPredicted(GSON.fromJson(o.get("predicted"), new TypeToken<LinkedHashMap<String, Double>>() {
                }.getType()));
        for (Map.Entry<String, JsonElement> v : o.getAsJsonObject("verdicts").entrySet()) {
            c = c.withVerdict(v.getKey(), GSON.fromJson(v.getValue(), Verdict.class));
        }
        for (JsonElement e : o.getAsJsonArray("attributes")) {
            c = withAttribute(c, e.getAsJsonObject());
        }
        return c;
    }

    private static Candidate withAttribute(Candidate c, JsonObject a) {
        Class<?> type = ATTRIBUTE_TYPES.stream().filter(t -> t.getName().equals(a.get("type").getAsString()))
                .findFirst().orElseThrow();
        return put(c, Attribute.of(a.get("name").getAsString(), type), a.get("value"));
    }

    private static <T> Candidate put(Candidate c, Attribute<T> key, JsonElement value) {
        return c.withAttribute(key, GSON.fromJson(value, key.type()));
    }

    private static JsonObject structure(Structure s) {
        JsonObject o = new JsonObject();
        o.add("matrix", GSON.toJsonTree(s.lattice().matrix()));
        JsonArray sites = new JsonArray();
        for (Site site : s.sites()) {
            JsonObject so = new JsonObject();
            so.addProperty("element", site.element().symbol());
            site.species().oxidationState().ifPresent(ox -> so.addProperty("oxidation", ox));
            so.add("frac", GSON.toJsonTree(site.frac()));
            if (site.label() != null) {
                so.addProperty("label", site.label());
            }
            sites.add(so);
        }
        o.add("sites", sites);
        return o;
    }

    private static Structure structure(JsonObject o) {
        Lattice lattice = Lattice.fromMatrix(GSON.fromJson(o.get("matrix"), double[][].class));
        List<Site> sites = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("sites")) {
            JsonObject so = e.getAsJsonObject();
            Element element = Element.of(so.get("element").getAsString());
            Species species = so.has("oxidation") ? new Species(element, so.get("oxidation").getAsInt())
                    : Species.of(element);
            sites.add(new Site(species, GSON.fromJson(so.get("frac"), double[].class),
                    so.has("label") ? so.get("label").getAsString() : null));
        }
        return new Structure(lattice, sites);
    }

    private static List<String> strings(JsonElement e) {
        return GSON.fromJson(e, new TypeToken<List<String>>() {
        }.getType());
    }
}
