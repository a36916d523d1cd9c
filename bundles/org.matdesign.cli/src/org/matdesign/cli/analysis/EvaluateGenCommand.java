package org.matdesign.cli.analysis;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.metrics.Coverage;
import org.matdesign.analysis.metrics.GenerationMetrics;
import org.matdesign.analysis.novelty.DuplicateFilter;
import org.matdesign.analysis.novelty.NoveltyIndex;
import org.matdesign.analysis.novelty.UniquenessIndex;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;

/** {@code matdesign evaluate gen --gen G --ref R [--train T]}: CDVAE generation metrics plus uniqueness/novelty. */
final class EvaluateGenCommand implements Command {

    @Override
    public String name() {
        return "gen";
    }

    @Override
    public String summary() {
        return "Generation metrics (validity, diversity, coverage, Wasserstein distances, uniqueness, novelty)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign evaluate gen --gen PATH --ref PATH [--train PATH] [--samples N] [--seed S]
                                             [--dataset NAME] [--volume-tol X] [matcher options]

                PATH is %s. Validity rates are over all generated crystals; composition diversity (Magpie + CDVAE
                CompScaler) and the Wasserstein distances of density and number of elements (against --ref, e.g. a
                test split) use a random sample of at most N valid crystals (CDVAE: 1000). Uniqueness is over the
                valid crystals; novelty (fraction of valid crystals matching nothing in --train) only with --train.
                Structure diversity (CrystalNN 'ops' fingerprints) uses the same sample; coverage (COV-R, COV-P,
                AMSD, AMCD) uses all generated crystals whose fingerprints exist, with the thresholds of --dataset.
                  --gen PATH             generated crystals
                  --ref PATH             reference crystals for the distribution distances
                  --train PATH           training crystals for novelty (optional)
                  --samples N            sample size (default 1000)
                  --seed S               sampling seed (default 0)
                  --dataset NAME         coverage thresholds: perov_5 / carbon_24 (0.2, 4), mp_20 (0.4, 10);
                                         default perov_5
                  --volume-tol X         pre-filter of uniqueness/novelty: largest relative difference of volume
                                         per atom (default 0.3; inf compares everything)
                """.formatted(StructureInputs.HELP) + MatcherOptions.HELP;
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(MatcherOptions.with(MatcherOptions.VALUES,
                Set.of("gen", "ref", "train", "samples", "seed", "volume-tol", "dataset")), MatcherOptions.SWITCHES);
        StructureMatcher matcher = new StructureMatcher(MatcherOptions.settings(args));
        int samples = args.getInt("samples", GenerationMetrics.CDVAE_SAMPLES);
        if (samples < 2) {
            throw new UsageException("--samples must be at least 2");
        }
        String tol = args.get("volume-tol", Double.toString(DuplicateFilter.DEFAULT_VOLUME_TOLERANCE));
        DuplicateFilter filter;
        try {
            filter = new DuplicateFilter(tol.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(tol));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--volume-tol expects a number >= 0 or inf, got '" + tol + "'");
        }
        Coverage.Thresholds thresholds;
        try {
            thresholds = Coverage.Thresholds.forDataset(args.get("dataset", "perov_5"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dataset: " + e.getMessage());
        }
        List<Structure> gen = StructureInputs.structures(StructureInputs.load(Path.of(args.require("gen"))));
        List<Structure> ref = StructureInputs.structures(StructureInputs.load(Path.of(args.require("ref"))));
        GenerationMetrics m = GenerationMetrics.compute(gen, ref, samples, args.getInt("seed", 0));
        Coverage cov;
        try {
            cov = Coverage.compute(Coverage.Fingerprints.of(gen), Coverage.Fingerprints.of(ref), thresholds);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        List<Structure> valid = gen.stream().filter(s -> org.matdesign.analysis.validity.Validity.of(s).valid()).toList();
        double uniqueness = valid.isEmpty() ? Double.NaN : UniquenessIndex.uniqueness(valid, matcher, filter);
        double novelty = Double.NaN;
        if (args.get("train", null) != null && !valid.isEmpty()) {
            List<Structure> train = StructureInputs.structures(StructureInputs.load(Path.of(args.get("train", null))));
            boolean[] novel = new NoveltyIndex(train, matcher, filter).novel(valid);
            int n = 0;
            for (boolean b : novel) {
                n += b ? 1 : 0;
            }
            novelty = (double) n / novel.length;
        }
        out.println("metric              value");
        out.printf(Locale.ROOT, "generated           %d%n", m.generated());
        out.printf(Locale.ROOT, "comp_valid          %.4f%n", m.compValid());
        out.printf(Locale.ROOT, "struct_valid        %.4f%n", m.structValid());
        out.printf(Locale.ROOT, "valid               %.4f%n", m.valid());
        out.printf(Locale.ROOT, "sampled             %d%n", m.sampled());
        out.printf(Locale.ROOT, "comp_div            %.4f%n", m.compDiversity());
        out.printf(Locale.ROOT, "struct_div          %.4f%n", m.structDiversity());
        out.printf(Locale.ROOT, "cov_recall          %.4f%n", cov.covRecall());
        out.printf(Locale.ROOT, "cov_precision       %.4f%n", cov.covPrecision());
        out.printf(Locale.ROOT, "amsd_recall         %.4f%n", cov.amsdRecall());
        out.printf(Locale.ROOT, "amsd_precision      %.4f%n", cov.amsdPrecision());
        out.printf(Locale.ROOT, "amcd_recall         %.4f%n", cov.amcdRecall());
        out.printf(Locale.ROOT, "amcd_precision      %.4f%n", cov.amcdPrecision());
        out.printf(Locale.ROOT, "wdist_density       %.4f%n", m.wdistDensity());
        out.printf(Locale.ROOT, "wdist_num_elems     %.4f%n", m.wdistNumElements());
        out.printf(Locale.ROOT, "uniqueness          %.4f%n", uniqueness);
        out.printf(Locale.ROOT, "novelty             %s%n", Double.isNaN(novelty) ? "n/a" : String.format(Locale.ROOT, "%.4f", novelty));
        return 0;
    }
}
