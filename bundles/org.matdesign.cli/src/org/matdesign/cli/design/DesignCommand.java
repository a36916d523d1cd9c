package org.matdesign.cli.design;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.TargetSet;
import org.matdesign.engine.recipe.TargetSpecException;

/** {@code matdesign design}: one target set in, screened candidates out. */
final class DesignCommand implements Command {

    private final Supplier<ContributionRegistry> registry;

    DesignCommand(Supplier<ContributionRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "design";
    }

    @Override
    public String summary() {
        return "Design crystals with target properties (MEIDNet latent search + screening funnel)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign design --target NAME=VALUE [--target NAME=VALUE ...] --out DIR [--count 35]
                                        [--starts 16] [--seed 1] [--steps N] [--model DIR] [--data DIR] [--overwrite]

                Optimises MEIDNet latents towards the targets, decodes them with the model's decoder and screens the
                candidates (structural validity, charge neutrality, uniqueness, novelty vs the Perov-5 training split,
                independent property check, stability estimate). Writes DIR/candidates.csv, one CIF per candidate,
                DIR/provenance.json and DIR/report.html, all or nothing.

                  --target NAME=VALUE  a target property: band_gap (eV, 0..15), formation_energy (eV/atom, -6..6)
                  --count N            candidates to design (default 35)
                  --starts N           latent starts per candidate; the best one is kept (default 16)
                  --seed S             random seed (default 1)
                  --steps N            Adam steps per latent (default: the optimizer's default)
                  --model DIR          a model folder written by 'matdesign train' (default: the bundled model)
                  --data DIR           the data folder holding perov_5/ (default: MATDESIGN_DATA or ../shared/data)
                  --out DIR            output folder; must be new or empty unless --overwrite
                  --overwrite          replace a non-empty output folder (only once the new results are complete)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("target", "count", "starts", "seed", "steps", "model", "data", "out"),
                Set.of("overwrite"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        if (args.all("target").isEmpty()) {
            throw new UsageException("missing --target NAME=VALUE (e.g. --target band_gap=1.2)");
        }
        TargetSet targets;
        try {
            targets = TargetSet.parse(args.all("target"), PropertyCatalogue.defaults());
        } catch (TargetSpecException e) {
            throw new UsageException(e.getMessage());
        }
        int count = CampaignOptions.positive(args, "count", 35);
        int starts = CampaignOptions.positive(args, "starts", 16);
        long seed = args.getInt("seed", 1);
        Path outDir = Path.of(args.require("out"));
        Recipe recipe;
        try {
            recipe = CampaignOptions.apply(Recipe.single(targets, count, starts, seed, Recipe.DEFAULT_MODEL,
                    outDir.toString()), args);
        } catch (RecipeException e) {
            throw new UsageException(e.getMessage());
        }
        CampaignRunner.Outcome outcome = new CampaignRunner(registry.get(), err).run(recipe,
                new CampaignRunner.Options(CampaignOptions.command(name(), raw), outDir, args.has("overwrite"),
                        CampaignOptions.data(args), true));
        Summary.print(out, outcome);
        return 0;
    }

    /** The closing lines every design command prints. */
    static final class Summary {
        private Summary() {
        }

        static void print(PrintStream out, CampaignRunner.Outcome o) {
            out.printf(Locale.ROOT, "wrote %d candidates to %s in %.1f s%n", o.rows().size(), o.outputDir(),
                    o.wallSeconds());
            StringBuilder f = new StringBuilder("funnel:");
            o.funnel().forEach(s -> f.append(' ').append(s.name()).append(' ').append(s.count()).append(','));
            f.setLength(f.length() - 1);
            out.println(f);
            long n = o.rows().size();
            long sun = o.funnel().get(o.funnel().size() - 1).count();
            out.printf(Locale.ROOT, "SUN rate %d/%d = %.1f %% (valid, unique, novel, stable by estimate)%n", sun, n,
                    n == 0 ? 0 : 100.0 * sun / n);
            o.independentMae().forEach((p, v) -> out.printf(Locale.ROOT,
                    "%s: mean |independent - target| %.3f, mean |generator head - target| %.3f%n", p, v,
                    o.predictedMae().get(p)));
            if (!o.problems().isEmpty()) {
                out.println(o.problems().size() + " problem(s), see provenance.json notes");
            }
        }
    }
}
