package org.matdesign.analysis.match;

import java.util.Arrays;

/**
 * Minimum-cost perfect assignment on a square cost matrix (Hungarian method with potentials and shortest augmenting
 * paths, O(n^3)). Plays the role of pymatgen's linear_assignment. An instance keeps its work arrays so that the many
 * small assignments of a structure comparison allocate nothing; it is not thread-safe.
 */
public final class LinearAssignment {

    private double[] u = new double[0];
    private double[] v = new double[0];
    private double[] minv = new double[0];
    private int[] matchOfColumn = new int[0];
    private int[] way = new int[0];
    private boolean[] used = new boolean[0];

    /**
     * @param cost square matrix, cost[row][column]; must be finite
     * @return for each row the column assigned to it
     */
    public static int[] solve(double[][] cost) {
        int n = cost.length;
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (cost[i].length != n) {
                throw new IllegalArgumentException("cost matrix must be square, got " + n + " x " + cost[i].length);
            }
            System.arraycopy(cost[i], 0, flat, i * n, n);
        }
        int[] rowToColumn = new int[n];
        new LinearAssignment().solve(flat, n, rowToColumn);
        return rowToColumn;
    }

    /**
     * Solves the n x n problem stored row-major in {@code cost} (which may be longer than n*n).
     *
     * @param rowToColumn receives, for each row, the column assigned to it
     */
    public void solve(double[] cost, int n, int[] rowToColumn) {
        if (u.length < n + 1) {
            // 1-based arrays as in the classical formulation; index 0 is the virtual start column
            u = new double[n + 1];
            v = new double[n + 1];
            minv = new double[n + 1];
            matchOfColumn = new int[n + 1];
            way = new int[n + 1];
            used = new boolean[n + 1];
        }
        Arrays.fill(u, 0, n + 1, 0);
        Arrays.fill(v, 0, n + 1, 0);
        Arrays.fill(matchOfColumn, 0, n + 1, 0);
        for (int i = 1; i <= n; i++) {
            matchOfColumn[0] = i;
            int j0 = 0;
            Arrays.fill(minv, 0, n + 1, Double.POSITIVE_INFINITY);
            Arrays.fill(used, 0, n + 1, false);
            do {
                used[j0] = true;
                int i0 = matchOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                int rowStart = (i0 - 1) * n - 1;
                double ui0 = u[i0];
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[rowStart + j] - ui0 - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                if (j1 < 0) {
                    throw new IllegalArgumentException("cost matrix contains non-finite values");
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[matchOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (matchOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                matchOfColumn[j0] = matchOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            rowToColumn[matchOfColumn[j] - 1] = j - 1;
        }
    }

    /** Total cost of an assignment. */
    public static double cost(double[][] cost, int[] assignment) {
        double s = 0;
        for (int i = 0; i < assignment.length; i++) {
            s += cost[i][assignment[i]];
        }
        return s;
    }
}
