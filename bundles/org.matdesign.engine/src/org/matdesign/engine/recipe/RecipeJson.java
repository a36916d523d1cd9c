package org.matdesign.engine.recipe;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

import org.matdesign.engine.TimeLimits;

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
            for (TargetSpec s : t.targets().targets()) {
                JsonObject range = new JsonObject();
                if (s.low() == s.high()) {
                    range.addProperty("value", s.low());
                } else {
                    range.addProperty("min", s.low());
                    range.addProperty("max", s.high());
                }
                range.addProperty("tolerance", s.tolerance());
                props.add(s.name(), range);
            }
            entry.add("properties", props);
            entry.addProperty("count", t.count());
            if (!t.seeds().isEmpty()) { // by name: the structures themselves are in the outputs' provenance
                JsonArray seeds = new JsonArray();
                t.seeds().forEach(seed -> seeds.add(seed.name()));
                entry.add("seeds", seeds);
            }
            targets.add(entry);
        }
        o.add("targets", targets);
        JsonArray validators = new JsonArray();
        recipe.validators().forEach(v -> validators.add(component(v)));
        o.add("validators", validators);
        JsonArray visualizers = new JsonArray();
        recipe.visualizers().forEach(v -> visualizers.add(component(v)));
        o.add("visualizers", visualizers);
        JsonArray sun = new JsonArray();
        recipe.sunRule().forEach(sun::add);
        o.add("sun", sun);
        if (!recipe.allowedElements().isEmpty() || !recipe.excludedElements().isEmpty()) {
            JsonObject elements = new JsonObject();
            JsonArray allowed = new JsonArray();
            recipe.allowedElements().forEach(allowed::add);
            JsonArray excluded = new JsonArray();
            recipe.excludedElements().forEach(excluded::add);
            elements.add("allowed", allowed);
            elements.add("excluded", excluded);
            o.add("elements", elements);
        }
        if (!recipe.timeLimits().equals(TimeLimits.DEFAULT)) {
            JsonObject limits = new JsonObject();
            TimeLimits.ROLES.forEach(role -> limits.addProperty(role, recipe.timeLimits().of(role)));
            o.add("time_limits", limits);
        }
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
