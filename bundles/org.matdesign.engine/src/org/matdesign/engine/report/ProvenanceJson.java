package org.matdesign.engine.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.matdesign.engine.recipe.RecipeJson;

/** provenance.json: the {@link Provenance} of a run as one pretty-printed JSON object (snake_case keys). */
public final class ProvenanceJson {

    private ProvenanceJson() {
    }

    public static JsonObject toJson(Provenance p) {
        JsonObject o = new JsonObject();
        o.addProperty("tool", "matdesign");
        JsonArray cmd = new JsonArray();
        p.command().forEach(cmd::add);
        o.add("command", cmd);
        o.addProperty("seed", p.seed());
        o.addProperty("model", p.model());
        o.addProperty("model_checksum", p.modelChecksum());
        o.addProperty("independent_predictor_checksum", p.predictorChecksum());
        o.addProperty("data_hash", p.dataHash());
        o.addProperty("data", p.dataDescription());
        JsonObject versions = new JsonObject();
        p.bundleVersions().forEach(versions::addProperty);
        o.add("bundle_versions", versions);
        o.addProperty("java_version", System.getProperty("java.version"));
        o.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        o.addProperty("started_at", p.startedAt() == null ? null : p.startedAt().toString());
        o.addProperty("finished_at", p.finishedAt() == null ? null : p.finishedAt().toString());
        double wall = p.wallSeconds();
        if (Double.isFinite(wall)) {
            o.addProperty("wall_seconds", wall);
        }
        if (p.recipe() != null) {
            o.add("recipe", RecipeJson.toJson(p.recipe()));
        }
        JsonArray funnel = new JsonArray();
        for (FunnelStage s : p.funnel()) {
            JsonObject st = new JsonObject();
            st.addProperty("stage", s.name());
            st.addProperty("count", s.count());
            st.addProperty("description", s.description());
            funnel.add(st);
        }
        o.add("funnel", funnel);
        JsonArray notes = new JsonArray();
        p.notes().forEach(notes::add);
        o.add("notes", notes);
        for (Map.Entry<String, Object> e : p.extra().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Number n) {
                o.addProperty(e.getKey(), n);
            } else if (v instanceof Boolean b) {
                o.addProperty(e.getKey(), b);
            } else {
                o.addProperty(e.getKey(), v == null ? null : v.toString());
            }
        }
        return o;
    }

    public static String toJsonString(Provenance p) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
                .serializeSpecialFloatingPointValues().create().toJson(toJson(p)) + "\n";
    }

    public static void write(Provenance p, Path file) throws IOException {
        Files.writeString(file, toJsonString(p), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
}
