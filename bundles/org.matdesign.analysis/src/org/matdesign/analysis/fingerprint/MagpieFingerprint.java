package org.matdesign.analysis.fingerprint;

import java.util.List;
import java.util.Map;
import org.matdesign.core.Composition;
import org.matdesign.core.Element;

/**
 * matminer's ElementProperty "magpie" preset restricted to CDVAE's 22 features, with matminer 0.7.3 semantics: for
 * each feature (feature-major) the statistics minimum, maximum, range, mean, avg_dev and mode, weighted by atomic
 * fractions. mean = sum f x; avg_dev = sum f |x - mean|; mode = the value of the element with the largest fraction,
 * the smallest such value on ties. Missing table values are NaN and propagate (no imputation).
 */
public final class MagpieFingerprint {

    public static final int FEATURES = 22;
    public static final int STATS = 6;
    public static final int LENGTH = FEATURES * STATS;

    private static volatile double[][] table;

    private MagpieFingerprint() {
    }

    /** The 132 raw (unscaled) features. */
    public static double[] of(Composition composition) {
        Map<Element, Double> amounts = composition.asMap();
        int n = amounts.size();
        if (n == 0) {
            throw new IllegalArgumentException("empty composition");
        }
        double[][] data = table();
        double total = 0;
        for (double a : amounts.values()) {
            total += a;
        }
        double[] fractions = new double[n];
        int[] zs = new int[n];
        int k = 0;
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            zs[k] = e.getKey().z();
            fractions[k] = e.getValue() / total;
            k++;
        }
        double maxFraction = 0;
        for (double f : fractions) {
            maxFraction = Math.max(maxFraction, f);
        }
        double[] out = new double[LENGTH];
        for (int feature = 0; feature < FEATURES; feature++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            boolean nan = false;
            double mode = Double.POSITIVE_INFINITY;
            boolean modeNan = false;
            for (int i = 0; i < n; i++) {
                double x = value(data, zs[i], feature);
                if (Double.isNaN(x)) {
                    nan = true;
                }
                min = Math.min(min, x);
                max = Math.max(max, x);
                mean += fractions[i] * x;
                if (fractions[i] == maxFraction) {
                    if (Double.isNaN(x)) {
                        modeNan = true;
                    } else {
                        mode = Math.min(mode, x);
                    }
                }
            }
            double avgDev = 0;
            for (int i = 0; i < n; i++) {
                avgDev += fractions[i] * Math.abs(value(data, zs[i], feature) - mean);
            }
            int base = feature * STATS;
            out[base] = nan ? Double.NaN : min;
            out[base + 1] = nan ? Double.NaN : max;
            out[base + 2] = nan ? Double.NaN : max - min;
            out[base + 3] = nan ? Double.NaN : mean;
            out[base + 4] = nan ? Double.NaN : avgDev;
            out[base + 5] = modeNan ? Double.NaN : mode;
        }
        return out;
    }

    private static double value(double[][] data, int z, int feature) {
        return z - 1 < data.length ? data[z - 1][feature] : Double.NaN;
    }

    private static double[][] table() {
        double[][] t = table;
        if (t == null) {
            List<String[]> rows = TsvResource.rows(MagpieFingerprint.class, "magpie22.tsv", FEATURES + 1);
            t = new double[rows.size()][FEATURES];
            for (String[] row : rows) {
                int z = Integer.parseInt(row[0]);
                for (int f = 0; f < FEATURES; f++) {
                    t[z - 1][f] = TsvResource.number(row[f + 1]);
                }
            }
            table = t;
        }
        return t;
    }
}
