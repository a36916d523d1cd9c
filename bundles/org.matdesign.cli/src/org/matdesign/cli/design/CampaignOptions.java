package org.matdesign.cli.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.cli.Args;
import org.matdesign.cli.UsageException;
import org.matdesign.engine.recipe.ComponentSettings;
import org.matdesign.engine.recipe.Recipe;

/** Options shared by design, run and bench design: overrides applied to a recipe. */
final class CampaignOptions {

    private CampaignOptions() {
    }

    /** Applies --model, --data and --steps to a recipe. */
    static Recipe apply(Recipe recipe, Args args) {
        Recipe r = recipe;
        String model = args.get("model", null);
        if (model != null) {
            r = r.withModel(model);
        }
        String data = args.get("data", null);
        if (data != null) {
            r = r.withData(data);
        }
        if (args.get("steps", null) != null) {
            int steps = args.getInt("steps", 0);
            if (steps < 1) {
                throw new UsageException("--steps must be at least 1, got " + steps);
            }
            r = withOptimizerSetting(r, "steps", steps);
        }
        return r;
    }

    static Recipe withOptimizerSetting(Recipe r, String key, double value) {
        Map<String, Object> settings = new LinkedHashMap<>(r.optimizer().settings());
        settings.put(key, value);
        ComponentSettings optimizer = new ComponentSettings(r.optimizer().id(), r.optimizer().enabled(), settings);
        return new Recipe(r.name(), r.description(), r.model(), r.data(), r.seed(), r.startsPerCandidate(), r.outputDir(),
                r.generator(), optimizer, r.targets(), r.validators());
    }

    static int positive(Args args, String option, int fallback) {
        int v = args.getInt(option, fallback);
        if (v < 1) {
            throw new UsageException("--" + option + " must be at least 1, got " + v);
        }
        return v;
    }

    static Path data(Args args) {
        return args.getPath("data", null);
    }

    static List<String> command(String name, Args args) {
        List<String> c = new ArrayList<>(List.of("matdesign", name));
        c.addAll(args.raw());
        return c;
    }
}
