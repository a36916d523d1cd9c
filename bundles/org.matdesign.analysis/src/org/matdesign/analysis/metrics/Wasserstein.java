package org.matdesign.analysis.metrics;

import java.util.Arrays;

/** 1-D Wasserstein (earth mover's) distance between two unweighted samples, as scipy.stats.wasserstein_distance. */
public final class Wasserstein {

    private Wasserstein() {
    }

    public static double distance(double[] u, double[] v) {
        if (u.length == 0 || v.length == 0) {
            throw new IllegalArgumentException("both samples must be non-empty");
        }
        double[] a = u.clone();
        double[] b = v.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        // integral of |F_u(x) - F_v(x)| dx over the merged breakpoints
        double sum = 0;
        int ia = 0;
        int ib = 0;
        for (int k = 0; k < all.length - 1; k++) {
            double x = all[k];
            while (ia < a.length && a[ia] <= x) {
                ia++;
            }
            while (ib < b.length && b[ib] <= x) {
                ib++;
            }
            double fu = (double) ia / a.length;
            double fv = (double) ib / b.length;
            sum += Math.abs(fu - fv) * (all[k + 1] - x);
        }
        return sum;
    }
}
