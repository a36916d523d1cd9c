package org.matdesign.analysis.metrics;

import java.util.Locale;

/**
 * CDVAE's property-optimisation success rates: the fraction of optimisation runs whose best property value is at or
 * below the 5th, 10th and 15th percentile of the training property (lower is better), with CDVAE's percentiles.
 */
public final class OptimizationMetrics {

    /** Percentiles (SR5, SR10, SR15) from CDVAE's compute_metrics.py. */
    public enum Dataset {
        PEROV_5(0.43924842, 0.61202443, 0.7364607),
        CARBON_24(-154.527093, -154.45865733, -154.44206825),
        MP_20(-3.17562208, -2.82196882, -2.52814761);

        private final double[] percentiles;

        Dataset(double... percentiles) {
            this.percentiles = percentiles;
        }

        public double[] percentiles() {
            return percentiles.clone();
        }

        /** Accepts perov_5 / perovskite, carbon_24 / carbon, mp_20 / mp20 (case-insensitive). */
        public static Dataset parse(String name) {
            String n = name.toLowerCase(Locale.ROOT).replace("-", "_");
            return switch (n) {
                case "perov_5", "perov5", "perovskite" -> PEROV_5;
                case "carbon_24", "carbon24", "carbon" -> CARBON_24;
                case "mp_20", "mp20" -> MP_20;
                default -> throw new IllegalArgumentException("unknown dataset '" + name
                        + "' (expected perov_5, carbon_24 or mp_20)");
            };
        }
    }

    private OptimizationMetrics() {
    }

    /** @return {SR5, SR10, SR15} for the best property value of each run */
    public static double[] successRates(double[] bestValues, Dataset dataset) {
        if (bestValues.length == 0) {
            throw new IllegalArgumentException("no optimisation results");
        }
        double[] p = dataset.percentiles;
        double[] sr = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            int hits = 0;
            for (double v : bestValues) {
                hits += v <= p[k] ? 1 : 0;
            }
            sr[k] = (double) hits / bestValues.length;
        }
        return sr;
    }
}
