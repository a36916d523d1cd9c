package org.matdesign.outputs;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.matdesign.api.Coverage;
import org.matdesign.api.DesignResults;
import org.matdesign.api.FunnelStage;
import org.matdesign.outputs.render.Json;

/**
 * provenance.json: what is needed to repeat or audit a campaign: the command, the recipe that ran (as a JSON object),
 * times, the Java runtime and machine, every fact the engine and the contributions recorded (checksums, seeds,
 * versions), the funnel, coverage, problems, stages and SUN rule.
 */
public final class ProvenanceJson {

    private ProvenanceJson() {
    }

    public static JsonObject toJson(DesignResults r) {
        JsonObject o = new JsonObject();
        o.addProperty("tool", "matdesign");
        o.add("command", Json.strings(r.command()));
        o.add("name", Json.text(r.name()));
        JsonObject recipe = recipe(r.recipeJson());
        o.add("recipe", recipe == null ? JsonNull.INSTANCE : recipe);
        if (recipe == null && r.recipeJson() != null && !r.recipeJson().isBlank()) {
            // keep what the engine handed over even when it is not a JSON object, so nothing is lost
            o.add("recipe_text", Json.text(r.recipeJson()));
        }
        o.add("started_at", time(r.startedAt()));
        o.add("finished_at", time(r.finishedAt()));
        o.add("wall_seconds", Json.number(r.wallSeconds()));
        o.add("java_version", Json.text(System.getProperty("java.version")));
        o.add("java_vendor", Json.text(System.getProperty("java.vendor")));
        o.add("os", Json.text(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch")));
        o.addProperty("available_processors", Runtime.getRuntime().availableProcessors());
        o.add("facts", Json.texts(r.facts()));
        o.add("targets", Json.strings(r.targetLabels()));
        o.add("funnel", funnel(r));
        o.add("coverage", coverage(r));
        o.add("problems", Json.strings(r.problems()));
        o.add("stages", CandidatesJson.stages(r));
        o.add("sun_rule", Json.strings(r.sunRule()));
        o.addProperty("candidates", r.candidates().size());
        o.addProperty("sun", r.sunCount());
        return o;
    }

    /** The recipe as a JSON object; null when there is none or it is not a JSON object. */
    static JsonObject recipe(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonElement e = JsonParser.parseString(text);
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static JsonElement time(Instant t) {
        return t == null ? JsonNull.INSTANCE : Json.text(t.toString());
    }

    private static JsonArray funnel(DesignResults r) {
        JsonArray a = new JsonArray();
        for (FunnelStage s : r.funnel()) {
            JsonObject st = new JsonObject();
            st.addProperty("stage", s.name());
            st.addProperty("count", s.count());
            st.addProperty("description", s.description());
            a.add(st);
        }
        return a;
    }

    private static JsonArray coverage(DesignResults r) {
        JsonArray a = new JsonArray();
        // by target index, whatever order the engine's map has, so the file is the same from run to run
        for (Map.Entry<Integer, Coverage> e : new TreeMap<>(r.coverage()).entrySet()) {
            Coverage c = e.getValue();
            JsonObject co = new JsonObject();
            co.addProperty("target", e.getKey());
            co.add("label", Json.text(Targets.label(r, e.getKey())));
            co.addProperty("near", c.near());
            co.addProperty("total", c.total());
            co.add("reference", Json.text(c.reference()));
            co.addProperty("outside_data", c.outsideData());
            a.add(co);
        }
        return a;
    }
}
