package org.matdesign.analysis.hull;

/**
 * Minimises c.x subject to A x = b, x &gt;= 0 with a dense two-phase simplex and Bland's rule (hull problems are
 * highly degenerate, Bland's rule cannot cycle). Sizes here are small: one row per element, one column per entry.
 */
final class LinearProgram {

    private static final double EPS = 1e-11;

    private LinearProgram() {
    }

    /** @return the optimal x, or null when the constraints cannot be met */
    static double[] minimize(double[][] a, double[] b, double[] c) {
        int m = a.length;
        int n = c.length;
        // tableau columns: n structural, m artificial, 1 right-hand side
        int width = n + m + 1;
        double[][] t = new double[m + 1][width];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            t[i][width - 1] = sign * b[i];
            basis[i] = n + i;
        }
        // phase 1: minimise the sum of artificials
        double[] phase1 = new double[width - 1];
        for (int i = 0; i < m; i++) {
            phase1[n + i] = 1;
        }
        setObjective(t, basis, phase1);
        run(t, basis, width - 1);
        if (-t[m][width - 1] > 1e-9 * Math.max(1, maxAbs(b))) {
            return null;
        }
        // drive remaining artificials out of the basis where possible
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(t, basis, i, j);
                        break;
                    }
                }
            }
        }
        // phase 2 over structural columns only (artificial columns blocked)
        double[] phase2 = new double[width - 1];
        System.arraycopy(c, 0, phase2, 0, n);
        setObjective(t, basis, phase2);
        run(t, basis, n);
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = Math.max(0, t[i][width - 1]);
            }
        }
        return x;
    }

    /** Objective row = reduced costs for the current basis; last entry = -objective value. */
    private static void setObjective(double[][] t, int[] basis, double[] cost) {
        int m = basis.length;
        double[] row = t[m];
        java.util.Arrays.fill(row, 0);
        System.arraycopy(cost, 0, row, 0, cost.length);
        for (int i = 0; i < m; i++) {
            double cb = cost[basis[i]];
            if (cb != 0) {
                for (int j = 0; j < row.length; j++) {
                    row[j] -= cb * t[i][j];
                }
            }
        }
    }

    private static void run(double[][] t, int[] basis, int enterLimit) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        for (int iter = 0; iter < 100_000; iter++) {
            int enter = -1;
            for (int j = 0; j < enterLimit; j++) {
                if (t[m][j] < -EPS) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][enter] > EPS) {
                    double ratio = t[i][rhs] / t[i][enter];
                    if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                throw new IllegalStateException("linear program is unbounded");
            }
            pivot(t, basis, leave, enter);
        }
        throw new IllegalStateException("simplex did not converge");
    }

    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double p = t[row][col];
        double[] pr = t[row];
        for (int j = 0; j < pr.length; j++) {
            pr[j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                double f = t[i][col];
                if (f != 0) {
                    double[] ri = t[i];
                    for (int j = 0; j < ri.length; j++) {
                        ri[j] -= f * pr[j];
                    }
                }
            }
        }
        basis[row] = col;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
