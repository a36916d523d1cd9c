package org.matdesign.cli.design;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.SeedStructure;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.ModelCatalogue;
import org.matdesign.engine.recipe.CampaignTarget;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.SeedFiles;
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
        return "Design crystals with target properties (generator, optimizer, screening funnel, outputs)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign design --target NAME=VALUE|NAME=LOW..HIGH [--target ...] --out DIR [--count 35]
                                        [--starts 16] [--seed 1] [--tolerance NAME=TOL] [--from FILE]
                                        [--trust-radius R] [options] [--overwrite]

                Designs crystals for the targets with the engine's campaign: the generator proposes starts, the
                optimizer refines them, the validators screen them (element constraints, structural validity, charge
                neutrality, uniqueness, novelty vs the model's training crystals, independent property check,
                stability estimate), and the visualizers write DIR/candidates.csv, candidates.json, one CIF per
                candidate, report.html and provenance.json, all or nothing. Needs no data folder with the bundled model.
                Says how many training crystals lie near the target; a target outside the data is run all the same.

                  --target NAME=VALUE  a target: a property the model predicts (the bundled one: band_gap, eV, 0..15;
                                       formation_energy, eV/atom, -6..6; a --model folder: the properties it was
                                       trained on); a range NAME=LOW..HIGH aims at its middle and counts anything
                                       inside as a hit
                  --tolerance NAME=TOL how far outside the target a value still counts as a hit (default: band_gap
                                       0.5 eV, formation_energy 0.3 eV/atom)
                  --count N            candidates to design (default 35)
                  --starts N           starts per candidate; the best one is kept (default 16)
                  --seed S             random seed (default 1)
                  --from FILE          design from a known crystal (CIF, POSCAR, pymatgen JSON; repeatable, every
                                       structure of a file is a seed): the generator encodes it and searches near
                                       it; the seed_similarity column gives each candidate's StructureMatcher RMS
                                       and composition change from its seed
                  --trust-radius R     how far from the seed's latent the search may go, in radians of the unit
                                       sphere (default 0.35; pi: anywhere); shortcut for --set GENERATOR.trust_radius
                  --out DIR            output folder; must be new or empty unless --overwrite
                  --overwrite          replace a non-empty output folder (only once the new results are complete)
                """ + CampaignOptions.HELP;
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(CampaignOptions.VALUES);
        values.addAll(Set.of("target", "tolerance", "count", "starts", "seed", "out", "from", "trust-radius"));
        Args args = raw.parse(values, Set.of("overwrite"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        if (args.all("target").isEmpty()) {
            throw new UsageException("missing --target NAME=VALUE (e.g. --target band_gap=1.2)");
        }
        TargetSet targets;
        try {
            targets = TargetSet.parse(args.all("target"), ModelCatalogue.of(registry.get(),
                    args.get("generator", Recipe.DEFAULT_GENERATOR), args.get("model", Recipe.DEFAULT_MODEL)))
                    .withTolerances(args.all("tolerance"));
        } catch (TargetSpecException | RecipeException e) {
            throw new UsageException(e.getMessage());
        }
        int count = CampaignOptions.positive(args, "count", 35);
        int starts = CampaignOptions.positive(args, "starts", 16);
        long seed = args.getInt("seed", 1);
        Path outDir = Path.of(args.require("out"));
        if (args.get("trust-radius", null) != null && args.all("from").isEmpty()) {
            throw new UsageException("--trust-radius needs a seed structure (--from FILE)");
        }
        List<SeedStructure> seeds;
        try {
            seeds = SeedFiles.read(null, args.all("from"));
        } catch (RecipeException e) {
            throw new UsageException("--from: " + e.getMessage());
        }
        Recipe recipe;
        try {
            recipe = CampaignOptions.apply(Recipe.single(new CampaignTarget(targets, count, seeds), starts, seed,
                    outDir.toString()), args);
            if (args.get("trust-radius", null) != null) {
                recipe = CampaignOptions.set(recipe, recipe.generator().id() + ".trust_radius="
                        + args.get("trust-radius", null));
            }
        } catch (RecipeException e) {
            throw new UsageException(e.getMessage());
        }
        CampaignOutcome outcome = CampaignCli.run(registry, recipe, outDir, args.has("overwrite"),
                CampaignOptions.data(args), CampaignOptions.command(name(), raw),
                err);
        CampaignCli.printSummary(out, outcome);
        return 0;
    }
}
