package org.matdesign.analysis.metrics;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.matdesign.analysis.fingerprint.CompositionFingerprint;
import org.matdesign.analysis.localenv.CrystalNnFingerprint;
import org.matdesign.core.Structure;

/**
 * CDVAE's coverage metrics (compute_cov). Over all generated crystals whose fingerprints exist (valid or not) and the
 * reference crystals, with D_s / D_c the L2 distances of structure (CrystalNN 'ops') and scaled composition (Magpie)
 * fingerprints: COV-R = fraction of reference crystals j with min_i D_s(i,j) <= delta_s and min_i D_c(i,j) <=
 * delta_c (the two minima taken separately, as CDVAE does); COV-P = number of generated crystals i with min_j D_s <=
 * delta_s and min_j D_c <= delta_c, divided by the number generated before dropping missing fingerprints; AMSD/AMCD
 * = means of those minima (recall: over reference, precision: over generated). The structure minima themselves are
 * kept for plots: per reference crystal the nearest generated one, per generated crystal the nearest reference one.
 */
public record Coverage(double covRecall, double covPrecision, double amsdRecall, double amsdPrecision,
        double amcdRecall, double amcdPrecision, double[] structureRecallDistances,
        double[] structurePrecisionDistances) {

    /** CDVAE's thresholds (structure, composition) per dataset. */
    public record Thresholds(double structure, double composition) {

        public static Thresholds forDataset(String name) {
            return switch (name) {
                case "perov_5", "carbon_24" -> new Thresholds(0.2, 4);
                case "mp_20" -> new Thresholds(0.4, 10);
                default -> throw new IllegalArgumentException(
                        "unknown dataset '" + name + "' for coverage thresholds (perov_5, carbon_24, mp_20)");
            };
        }
    }

    /** Structure and scaled composition fingerprints of one crystal; null where featurisation failed. */
    public record Fingerprints(double[] structure, double[] composition) {

        public static Fingerprints of(Structure s) {
            try {
                return new Fingerprints(CrystalNnFingerprint.structure(s), CompositionFingerprint.of(s));
            } catch (RuntimeException e) {
                return null; // CDVAE drops crystals whose fingerprints cannot be computed
            }
        }

        public static List<Fingerprints> of(List<Structure> structures) {
            return structures.parallelStream().map(Fingerprints::of).toList();
        }
    }

    public static Coverage compute(List<Fingerprints> generated, List<Fingerprints> reference, Thresholds t) {
        int nGenerated = generated.size();
        List<Fingerprints> gen = generated.stream().filter(Objects::nonNull).toList();
        List<Fingerprints> ref = reference.stream().filter(Objects::nonNull).toList();
        if (gen.isEmpty() || ref.isEmpty()) {
            throw new IllegalArgumentException("coverage needs generated and reference fingerprints (generated "
                    + gen.size() + ", reference " + ref.size() + ")");
        }
        double[][] minS = new double[2][];
        double[][] minC = new double[2][];
        minS[0] = mins(ref, gen, true);
        minC[0] = mins(ref, gen, false);
        minS[1] = mins(gen, ref, true);
        minC[1] = mins(gen, ref, false);
        int recall = 0;
        for (int j = 0; j < ref.size(); j++) {
            recall += minS[0][j] <= t.structure() && minC[0][j] <= t.composition() ? 1 : 0;
        }
        int precision = 0;
        for (int i = 0; i < gen.size(); i++) {
            precision += minS[1][i] <= t.structure() && minC[1][i] <= t.composition() ? 1 : 0;
        }
        return new Coverage((double) recall / ref.size(), (double) precision / nGenerated, mean(minS[0]),
                mean(minS[1]), mean(minC[0]), mean(minC[1]), minS[0], minS[1]);
    }

    /** For each of {@code of}, the smallest distance to any of {@code to}. */
    private static double[] mins(List<Fingerprints> of, List<Fingerprints> to, boolean structure) {
        return IntStream.range(0, of.size()).parallel().mapToDouble(i -> {
            double[] a = structure ? of.get(i).structure() : of.get(i).composition();
            double best = Double.POSITIVE_INFINITY;
            for (Fingerprints f : to) {
                best = Math.min(best, distance(a, structure ? f.structure() : f.composition(), best));
            }
            return best;
        }).toArray();
    }

    /** L2 distance; stops early once it exceeds {@code bound} (the answer is then only known to be larger). */
    static double distance(double[] a, double[] b, double bound) {
        double b2 = bound * bound;
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
            if (s > b2) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return Math.sqrt(s);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
