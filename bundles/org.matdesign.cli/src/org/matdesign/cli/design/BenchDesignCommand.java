package org.matdesign.cli.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.recipe.CampaignTarget;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.RecipeReader;

/** {@code matdesign bench design}: wall time of the paper's example campaign (optionally shrunk). */
final class BenchDesignCommand implements Command {

    static final String RECIPE = "paper-perov5-campaign.json";

    private final Supplier<ContributionRegistry> registry;

    BenchDesignCommand(Supplier<ContributionRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "design";
    }

    @Override
    public String summary() {
        return "Wall time of the example design campaign (4 targets x 35 candidates x 16 starts)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench design [--count N] [--starts N] [--steps N] [--out DIR] [campaign options]

                Runs the paper's campaign (examples/recipes/paper-perov5-campaign.json, shipped inside MatDesign) and
                prints its wall time and funnel. --count/--starts/--steps shrink it; the line printed says what ran.

                  --count N    candidates per target (default 35)
                  --starts N   latent starts per candidate (default 16)
                  --steps N    Adam steps per latent (default 150)
                  --out DIR    keep the outputs there (default: a temporary folder, deleted afterwards)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException {
        Set<String> values = new HashSet<>(CampaignOptions.VALUES);
        values.addAll(Set.of("count", "starts", "out"));
        Args args = raw.parse(values, Set.of("overwrite"));
        Recipe recipe;
        try {
            recipe = CampaignOptions.apply(example(), args);
        } catch (RecipeException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.get("count", null) != null || args.get("starts", null) != null) {
            int count = CampaignOptions.positive(args, "count", recipe.targets().get(0).count());
            int starts = CampaignOptions.positive(args, "starts", recipe.startsPerCandidate());
            List<CampaignTarget> targets = new ArrayList<>();
            recipe.targets().forEach(t -> targets.add(new CampaignTarget(t.targets(), count, t.seeds())));
            recipe = recipe.withTargets(targets, starts);
        }
        Object steps = recipe.optimizer().settings().getOrDefault("steps", "default");
        out.printf(Locale.ROOT, "bench design: %s, %d targets x %d candidates x %d starts, %s Adam steps, %d processors%n",
                recipe.name(), recipe.targets().size(), recipe.targets().get(0).count(), recipe.startsPerCandidate(),
                steps instanceof Double d ? Integer.toString(d.intValue()) : steps,
                Runtime.getRuntime().availableProcessors());
        Path keep = args.getPath("out", null);
        Path dir = keep != null ? keep : Files.createTempDirectory("matdesign-bench-design").resolve("out");
        try {
            long started = System.nanoTime();
            CampaignOutcome o = CampaignCli.run(registry, recipe.withOutputDir(dir.toString()), dir,
                    args.has("overwrite"), CampaignOptions.data(args), CampaignOptions.command("bench design", raw), err);
            double wall = (System.nanoTime() - started) / 1e9;
            CampaignCli.printSummary(out, o);
            out.printf(Locale.ROOT, "wall time: %.1f s (design %.1f s, outputs %.1f s)%n", wall,
                    o.results().wallSeconds(), wall - o.results().wallSeconds());
        } finally {
            if (keep == null) {
                deleteTree(dir.getParent());
            }
        }
        return 0;
    }

    static Recipe example() {
        try (InputStream in = BenchDesignCommand.class.getResourceAsStream(RECIPE)) {
            if (in == null) {
                throw new CommandFailure("the example recipe " + RECIPE + " is missing from this build");
            }
            return RecipeReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RECIPE,
                    PropertyCatalogue.defaults());
        } catch (IOException e) {
            throw new CommandFailure("cannot read the example recipe: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
