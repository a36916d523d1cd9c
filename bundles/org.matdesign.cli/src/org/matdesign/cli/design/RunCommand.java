package org.matdesign.cli.design;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.ModelCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.RecipeReader;

/** {@code matdesign run RECIPE.json}: a design campaign described by a recipe file. */
final class RunCommand implements Command {

    private final Supplier<ContributionRegistry> registry;

    RunCommand(Supplier<ContributionRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "Run a design campaign from a recipe (JSON)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign run RECIPE.json [--out DIR] [--overwrite] [options]

                Runs every target of the recipe (see examples/recipes/) and writes one output folder for the campaign
                (the recipe's visualizers: by default candidates.csv and .json, one CIF per candidate, report.html and
                provenance.json). Options override the recipe.

                  --out DIR            output folder (default: the recipe's output_dir, relative to the working folder)
                  --overwrite          replace a non-empty output folder
                """ + CampaignOptions.HELP;
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(CampaignOptions.VALUES);
        values.add("out");
        Args args = raw.parse(values, Set.of("overwrite"));
        if (args.positionals().size() != 1) {
            throw new UsageException(args.positionals().isEmpty() ? "missing RECIPE.json"
                    : "expected one recipe file, got " + args.positionals().size() + " arguments");
        }
        Recipe recipe;
        try {
            recipe = CampaignOptions.apply(RecipeReader.read(Path.of(args.positionals().get(0)),
                    (generator, model) -> ModelCatalogue.of(registry.get(), args.get("generator", generator),
                            args.get("model", model))), args);
        } catch (RecipeException e) {
            throw new UsageException(e.getMessage());
        }
        String dir = args.get("out", recipe.outputDir());
        if (dir == null || dir.isBlank()) {
            throw new UsageException("the recipe names no output_dir; pass --out DIR");
        }
        CampaignOutcome outcome = CampaignCli.run(registry, recipe.withOutputDir(dir), Path.of(dir),
                args.has("overwrite"), CampaignOptions.data(args), CampaignOptions.command(name(), raw), err);
        CampaignCli.printSummary(out, outcome);
        return 0;
    }
}
