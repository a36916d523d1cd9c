package org.matdesign.analysis.match;

import java.util.Arrays;

/**
 * Minimum-cost perfect assignment on a square cost matrix (Hungarian method with potentials and shortest augmenting
 * paths, O(n^3)). Plays the role of pymatgen's linear_assignment.
 */
public final class LinearAssignment {

    private LinearAssignment() {
    }

    /**
     * @param cost square matrix, cost[row][column]; must be finite
     * @return for each row the column assigned to it
     */
    public static int[] solve(double[][] cost) {
        int n = cost.length;
        if (n == 0) {
            return new int[0];
        }
        for (double[] row : cost) {
            if (row.length != n) {
                throw new IllegalArgumentException("cost matrix must be square, got " + n + " x " + row.length);
            }
        }
        // 1-based arrays as in the classical formulation; index 0 is the virtual start column
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] matchOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        double[] minv = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            matchOfColumn[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = matchOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                double[] row = cost[i0 - 1];
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = row[j - 1] - u[i0] - v[j];
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
        int[] rowToColumn = new int[n];
        for (int j = 1; j <= n; j++) {
            rowToColumn[matchOfColumn[j] - 1] = j - 1;
        }
        return rowToColumn;
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
