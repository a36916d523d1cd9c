package org.matdesign.cli.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.matdesign.cli.Args;
import org.matdesign.cli.UsageException;
import org.matdesign.engine.TimeLimits;
import org.matdesign.engine.recipe.ComponentSettings;
import org.matdesign.engine.recipe.ElementList;
import org.matdesign.engine.recipe.Recipe;

/**
 * The options design, run and bench design share, applied to a recipe: which contributions run, their settings
 * ({@code --set ID.KEY=VALUE}), the model, the data folder, element constraints and the SUN rule.
 */
final class CampaignOptions {

    /** Value options every campaign command takes. */
    static final Set<String> VALUES = Set.of("model", "data", "steps", "set", "generator", "optimizer", "validators",
            "visualizers", "elements", "exclude", "sun", "time-limit");

    static final String HELP = """
              --generator ID       generator to run (default meidnet; see 'matdesign extensions')
              --optimizer ID|none  optimizer to run (default meidnet.latent-adam)
              --validators A,B,..  the validators, in order (default: elements, structural_validity,
                                   charge_neutrality, uniqueness, novelty, independent_property, stability_estimate)
              --visualizers A,B,.. the outputs (default: outputs.cif, outputs.csv, outputs.json, outputs.report,
                                   outputs.provenance); a third party's visualizer id adds its output
              --set ID.KEY=VALUE   a setting of a contribution (repeatable); 'matdesign extensions --settings' lists
                                   every setting with its type, default and range
              --steps N            shortcut for --set OPTIMIZER.steps=N
              --elements A,B,..    only these elements; --exclude A,B,.. never these
              --sun A,B,..         validator ids that make a candidate SUN (default: structural_validity,
                                   charge_neutrality, uniqueness, novelty, stability_estimate)
              --time-limit ROLE=S  stop a generator, optimizer, validator or visualizer call after S seconds, report
                                   it and go on without its output (repeatable; over the recipe's time_limits;
                                   defaults: generator 3600, optimizer 14400, validator 3600, visualizer 600)
              --model DIR          a model folder written by 'matdesign train' (default: the bundled model)
              --data DIR           the data folder (only needed for models trained on your own data)"""
            .indent(2).stripTrailing();

    private CampaignOptions() {
    }

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
        r = components(r, args);
        if (args.get("elements", null) != null || args.get("exclude", null) != null) {
            try {
                r = r.withElements(args.get("elements", null) == null ? r.allowedElements()
                        : ElementList.parse(args.all("elements")), args.get("exclude", null) == null
                                ? r.excludedElements() : ElementList.parse(args.all("exclude")));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--elements/--exclude: " + e.getMessage());
            }
        }
        if (args.get("sun", null) != null) {
            r = r.withSunRule(ids(args, "sun"));
        }
        if (args.get("steps", null) != null) {
            int steps = args.getInt("steps", 0);
            if (steps < 1) {
                throw new UsageException("--steps must be at least 1, got " + steps);
            }
            if (!r.optimizer().enabled()) {
                throw new UsageException("--steps needs an optimizer, but --optimizer is none");
            }
            r = set(r, r.optimizer().id() + ".steps=" + steps);
        }
        for (String assignment : args.all("set")) {
            r = set(r, assignment);
        }
        return r.withTimeLimits(timeLimits(r.timeLimits(), args));
    }

    /** {@code --time-limit generator=600} and the like, over the recipe's limits. */
    private static TimeLimits timeLimits(TimeLimits limits, Args args) {
        TimeLimits t = limits;
        for (String value : args.all("time-limit")) {
            int eq = value.indexOf('=');
            double seconds;
            try {
                seconds = eq < 0 ? Double.NaN : Double.parseDouble(value.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                seconds = Double.NaN;
            }
            try {
                t = t.with(eq < 0 ? value : value.substring(0, eq).trim(), seconds);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--time-limit '" + value + "': expected ROLE=SECONDS with ROLE one of "
                        + String.join(", ", TimeLimits.ROLES) + " and SECONDS > 0");
            }
        }
        return t;
    }

    private static Recipe components(Recipe r, Args args) {
        ComponentSettings generator = r.generator();
        if (args.get("generator", null) != null) {
            generator = ComponentSettings.enabled(args.get("generator", null));
        }
        ComponentSettings optimizer = r.optimizer();
        String o = args.get("optimizer", null);
        if (o != null) {
            optimizer = o.equals("none") ? optimizer.withEnabled(false) : ComponentSettings.enabled(o);
        }
        List<ComponentSettings> validators = args.get("validators", null) == null ? r.validators()
                : Recipe.enabled(ids(args, "validators"));
        List<ComponentSettings> visualizers = args.get("visualizers", null) == null ? r.visualizers()
                : Recipe.enabled(ids(args, "visualizers"));
        return r.withComponents(generator, optimizer, validators, visualizers);
    }

    private static List<String> ids(Args args, String option) {
        List<String> ids = new ArrayList<>();
        for (String value : args.all(option)) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids;
    }

    /**
     * {@code ID.KEY=VALUE}: ids may contain dots, so the longest id of a contribution in this recipe that prefixes the
     * text wins. The value is checked against the contribution's declaration when the campaign starts.
     */
    static Recipe set(Recipe r, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new UsageException("--set '" + assignment + "': expected ID.KEY=VALUE");
        }
        String path = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1).trim();
        List<ComponentSettings> all = new ArrayList<>();
        all.add(r.generator());
        all.add(r.optimizer());
        all.addAll(r.validators());
        all.addAll(r.visualizers());
        ComponentSettings owner = null;
        for (ComponentSettings c : all) {
            if (path.startsWith(c.id() + ".") && (owner == null || c.id().length() > owner.id().length())) {
                owner = c;
            }
        }
        if (owner == null) {
            throw new UsageException("--set '" + assignment + "': no contribution of this run is named by '" + path
                    + "'; this run uses " + String.join(", ", all.stream().map(ComponentSettings::id).toList()));
        }
        String key = path.substring(owner.id().length() + 1);
        ComponentSettings changed = owner.with(key, value);
        return replace(r, owner, changed);
    }

    private static Recipe replace(Recipe r, ComponentSettings old, ComponentSettings changed) {
        ComponentSettings generator = r.generator() == old ? changed : r.generator();
        ComponentSettings optimizer = r.optimizer() == old ? changed : r.optimizer();
        List<ComponentSettings> validators = r.validators().stream().map(v -> v == old ? changed : v).toList();
        List<ComponentSettings> visualizers = r.visualizers().stream().map(v -> v == old ? changed : v).toList();
        return r.withComponents(generator, optimizer, validators, visualizers);
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
