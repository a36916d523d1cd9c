package org.matdesign.analysis.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.matdesign.analysis.fingerprint.CompositionFingerprint;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * CDVAE's generation metrics without the learned parts: validity rates over all generated crystals (a null entry, one
 * the model could not produce, is invalid); then on a seeded random sample of valid crystals (kept as {@code sample}) (CDVAE: 1000; here all valid ones when fewer) the composition diversity (mean pairwise L2
 * distance of CompScaler-scaled Magpie fingerprints) and the Wasserstein distances of density (g/cm^3) and of the
 * number of distinct elements against the reference (test) set, and the structure diversity (mean pairwise L2
 * distance of CrystalNN 'ops' structure fingerprints). Coverage is in {@link Coverage}.
 */
public record GenerationMetrics(int generated, double compValid, double structValid, double valid,
        List<Structure> sample, double compDiversity, double structDiversity, double wdistDensity,
        double wdistNumElements) {

    public static final int CDVAE_SAMPLES = 1000;

    /** A generated entry that is null: the model could not produce a crystal, which counts as invalid. */
    private static final Validity NOT_DECODED = new Validity(false, false, Double.NaN, Double.NaN);

    public static GenerationMetrics compute(List<Structure> generated, List<Structure> reference, int samples,
            long seed) {
        if (generated.isEmpty()) {
            throw new IllegalArgumentException("no generated structures");
        }
        Validity[] validity = new Validity[generated.size()];
        IntStream.range(0, generated.size()).parallel().forEach(i -> validity[i] = generated.get(i) == null
                ? NOT_DECODED : Validity.of(generated.get(i)));
        int comp = 0;
        int struct = 0;
        List<Structure> valid = new ArrayList<>();
        for (int i = 0; i < validity.length; i++) {
            comp += validity[i].compositional() ? 1 : 0;
            struct += validity[i].structural() ? 1 : 0;
            if (validity[i].valid()) {
                valid.add(generated.get(i));
            }
        }
        int n = generated.size();
        List<Structure> sample = sample(valid, samples, seed);
        double diversity = Double.NaN;
        double structDiversity = Double.NaN;
        double wDensity = Double.NaN;
        double wElements = Double.NaN;
        if (!sample.isEmpty()) {
            double[][] fps = sample.parallelStream().map(CompositionFingerprint::of).toArray(double[][]::new);
            diversity = meanPairwiseDistance(fps);
            structDiversity = meanPairwiseDistance(sample.parallelStream()
                    .map(org.matdesign.analysis.localenv.CrystalNnFingerprint::structure).toArray(double[][]::new));
            if (!reference.isEmpty()) {
                wDensity = Wasserstein.distance(densities(sample), densities(reference));
                wElements = Wasserstein.distance(elementCounts(sample), elementCounts(reference));
            }
        }
        return new GenerationMetrics(n, (double) comp / n, (double) struct / n, (double) valid.size() / n,
                List.copyOf(sample), diversity, structDiversity, wDensity, wElements);
    }

    /** How many valid crystals the diversity and distance figures are computed on. */
    public int sampled() {
        return sample.size();
    }

    static List<Structure> sample(List<Structure> valid, int samples, long seed) {
        if (valid.size() <= samples) {
            return valid;
        }
        List<Structure> copy = new ArrayList<>(valid);
        java.util.Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, samples);
    }

    static double meanPairwiseDistance(double[][] fps) {
        if (fps.length < 2) {
            return Double.NaN;
        }
        double sum = IntStream.range(0, fps.length).parallel().mapToDouble(i -> {
            double s = 0;
            for (int j = i + 1; j < fps.length; j++) {
                s += CompositionFingerprint.distance(fps[i], fps[j]);
            }
            return s;
        }).sum();
        return sum / ((double) fps.length * (fps.length - 1) / 2);
    }

    /** Density (g/cm^3) per crystal, as CDVAE compares it. */
    public static double[] densities(List<Structure> structures) {
        return structures.stream().mapToDouble(Structure::density).toArray();
    }

    /** Number of distinct elements per crystal. */
    public static double[] elementCounts(List<Structure> structures) {
        return structures.stream().mapToDouble(s -> {
            Set<Integer> z = new HashSet<>();
            for (Site site : s.sites()) {
                z.add(site.element().z());
            }
            return z.size();
        }).toArray();
    }
}
