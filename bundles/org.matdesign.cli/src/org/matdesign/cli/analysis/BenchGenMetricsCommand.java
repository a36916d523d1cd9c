package org.matdesign.cli.analysis;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.matdesign.analysis.metrics.Coverage;
import org.matdesign.analysis.metrics.GenerationMetrics;
import org.matdesign.analysis.metrics.Wasserstein;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;
import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;

/**
 * {@code matdesign bench gen-metrics}: the generation metrics on stand-in generated crystals (the perov_5 test split,
 * repeated and perturbed) against the test split, with the wall time of every stage.
 */
final class BenchGenMetricsCommand implements Command {

    @Override
    public String name() {
        return "gen-metrics";
    }

    @Override
    public String summary() {
        return "validity, CrystalNN/Magpie fingerprints, coverage and Wasserstein distances on N perturbed crystals";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench gen-metrics [--samples N] [--data DIR] [--seed S]

                Stand-in generated crystals: the perov_5 test split repeated up to N crystals, each with Gaussian
                noise (0.02 in fractional coordinates, 2 % in lattice lengths). Prints the time per stage and the
                metrics against the test split (coverage thresholds of perov_5).
                  --samples N    generated crystals (default 10000)
                  --data DIR     the shared data folder (default: found as usual)
                  --seed S       perturbation seed (default 0)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("samples", "data", "seed"), Set.of());
        int n = args.getInt("samples", 10000);
        if (n < 1) {
            throw new UsageException("--samples must be at least 1");
        }
        Path data;
        try {
            data = DataLocation.resolve(args.get("data", null) == null ? null : Path.of(args.get("data", null)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(e.getMessage());
        }
        Path csv = data.resolve("perov_5").resolve("test.csv");
        if (!Files.isRegularFile(csv)) {
            throw new CommandFailure(csv + ": no such file (the perov_5 test split)");
        }
        long total = System.nanoTime();
        long t = System.nanoTime();
        List<Structure> ref;
        try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
            ref = rows.map(DatasetRow::structure).toList();
        }
        List<Structure> gen = perturbed(ref, n, args.getInt("seed", 0));
        t = stage(out, "load + perturb", t, ref.size() + " reference, " + gen.size() + " generated");
        Validity[] validity = gen.parallelStream().map(Validity::of).toArray(Validity[]::new);
        long valid = Stream.of(validity).filter(Validity::valid).count();
        t = stage(out, "validity", t, String.format(Locale.ROOT, "valid %.4f", (double) valid / n));
        List<Coverage.Fingerprints> genFp = Coverage.Fingerprints.of(gen);
        List<Coverage.Fingerprints> refFp = Coverage.Fingerprints.of(ref);
        t = stage(out, "fingerprints", t, (gen.size() + ref.size()) + " crystals");
        Coverage cov = Coverage.compute(genFp, refFp, Coverage.Thresholds.forDataset("perov_5"));
        t = stage(out, "coverage", t, String.format(Locale.ROOT, "COV-R %.4f COV-P %.4f AMSD-R %.4f AMCD-R %.4f",
                cov.covRecall(), cov.covPrecision(), cov.amsdRecall(), cov.amcdRecall()));
        double wDensity = Wasserstein.distance(GenerationMetrics.densities(gen), GenerationMetrics.densities(ref));
        double wElements = Wasserstein.distance(GenerationMetrics.elementCounts(gen),
                GenerationMetrics.elementCounts(ref));
        stage(out, "wasserstein", t, String.format(Locale.ROOT, "density %.4f num_elems %.4f", wDensity, wElements));
        out.printf(Locale.ROOT, "%-16s %8.2f s for %d generated crystals (%d threads)%n", "total",
                (System.nanoTime() - total) / 1e9, n, Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static long stage(PrintStream out, String name, long since, String note) {
        long now = System.nanoTime();
        out.printf(Locale.ROOT, "%-16s %8.2f s  %s%n", name, (now - since) / 1e9, note);
        return now;
    }

    private static List<Structure> perturbed(List<Structure> ref, int n, long seed) {
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            Random rnd = new Random(seed * 1_000_003L + i);
            Structure s = ref.get(i % ref.size());
            double[] p = s.lattice().parameters();
            List<Site> sites = new ArrayList<>();
            for (Site site : s.sites()) {
                double[] f = site.frac().clone();
                for (int k = 0; k < 3; k++) {
                    f[k] += 0.02 * rnd.nextGaussian();
                }
                sites.add(site.withFrac(f));
            }
            org.matdesign.core.Lattice lattice = org.matdesign.core.Lattice.fromParameters(
                    p[0] * (1 + 0.02 * rnd.nextGaussian()), p[1] * (1 + 0.02 * rnd.nextGaussian()),
                    p[2] * (1 + 0.02 * rnd.nextGaussian()), p[3], p[4], p[5]);
            return new Structure(lattice, sites);
        }).toList();
    }
}
