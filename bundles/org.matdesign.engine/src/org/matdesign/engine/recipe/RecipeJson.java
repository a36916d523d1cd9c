package org.matdesign.engine.recipe;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/** Writes a recipe back as JSON in the format {@link RecipeReader} reads (used for provenance and examples). */
public final class RecipeJson {

    private RecipeJson() {
    }

    public static JsonObject toJson(Recipe recipe) {
        JsonObject o = new JsonObject();
        o.addProperty("name", recipe.name());
        if (!recipe.description().isEmpty()) {
            o.addProperty("description", recipe.description());
        }
        o.addProperty("model", recipe.model());
        if (recipe.data() != null) {
            o.addProperty("data", recipe.data());
        }
        o.addProperty("seed", recipe.seed());
        o.addProperty("starts_per_candidate", recipe.startsPerCandidate());
        if (recipe.outputDir() != null) {
            o.addProperty("output_dir", recipe.outputDir());
        }
        o.add("generator", component(recipe.generator()));
        o.add("optimizer", component(recipe.optimizer()));
        JsonArray targets = new JsonArray();
        for (CampaignTarget t : recipe.targets()) {
            JsonObject entry = new JsonObject();
            JsonObject props = new JsonObject();
            t.targets().targets().forEach(s -> props.addProperty(s.name(), s.value()));
            entry.add("properties", props);
            entry.addProperty("count", t.count());
            targets.add(entry);
        }
        o.add("targets", targets);
        JsonArray validators = new JsonArray();
        recipe.validators().forEach(v -> validators.add(component(v)));
        o.add("validators", validators);
        return o;
    }

    public static String toJsonString(Recipe recipe) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(recipe));
    }

    private static JsonObject component(ComponentSettings c) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        if (!c.enabled()) {
            o.addProperty("enabled", false);
        }
        if (!c.settings().isEmpty()) {
            JsonObject s = new JsonObject();
            for (Map.Entry<String, Object> e : c.settings().entrySet()) {
                Object v = e.getValue();
                if (v instanceof Double d) {
                    s.addProperty(e.getKey(), d);
                } else if (v instanceof Boolean b) {
                    s.addProperty(e.getKey(), b);
                } else {
                    s.addProperty(e.getKey(), String.valueOf(v));
                }
            }
            o.add("settings", s);
        }
        return o;
    }
}
