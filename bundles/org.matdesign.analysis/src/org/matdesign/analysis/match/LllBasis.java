package org.matdesign.analysis.match;

/**
 * Lenstra-Lenstra-Lovasz reduction of a lattice basis (delta 0.75), following pymatgen's Lattice._calculate_lll so that
 * the reduced basis, and hence the 27-image shortest-vector search built on it, is the same as pymatgen's.
 */
final class LllBasis {

    /** Reduced rows. */
    final double[][] matrix;
    /** Integer mapping with matrix = mapping . original (rows). */
    final double[][] mapping;
    /** inverse(mapping): LLL fractional coordinates = frac . inverseMapping. */
    final double[][] inverseMapping;

    private LllBasis(double[][] matrix, double[][] mapping) {
        this.matrix = matrix;
        this.mapping = mapping;
        this.inverseMapping = Mat3.inverse(mapping);
    }

    static LllBasis of(double[][] lattice) {
        final double delta = 0.75;
        // columns are basis vectors: a[:, i] == lattice[i]
        double[][] a = Mat3.transpose(lattice);
        double[][] b = new double[3][3];
        double[][] u = new double[3][3];
        double[] m = new double[3];
        setColumn(b, 0, column(a, 0));
        m[0] = dotColumns(b, 0, b, 0);
        for (int i = 1; i < 3; i++) {
            gramSchmidtColumn(a, b, u, m, i);
        }
        int k = 2;
        double[][] mapping = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        int guard = 0;
        while (k <= 3) {
            if (++guard > 10000) {
                throw new IllegalStateException("LLL reduction did not converge");
            }
            for (int i = k - 1; i > 0; i--) {
                double q = Math.rint(u[k - 1][i - 1]);
                if (q != 0) {
                    for (int r = 0; r < 3; r++) {
                        a[r][k - 1] -= q * a[r][i - 1];
                        mapping[r][k - 1] -= q * mapping[r][i - 1];
                    }
                    // u[k-1, 0:i] -= q * (u[i-1, 0:i-1] + [1])
                    for (int c = 0; c < i - 1; c++) {
                        u[k - 1][c] -= q * u[i - 1][c];
                    }
                    u[k - 1][i - 1] -= q;
                }
            }
            double lhs = dotColumns(b, k - 1, b, k - 1);
            double rhs = (delta - Math.abs(u[k - 1][k - 2]) * Math.abs(u[k - 1][k - 2])) * dotColumns(b, k - 2, b, k - 2);
            if (lhs >= rhs) {
                k++;
            } else {
                swapColumns(a, k - 1, k - 2);
                swapColumns(mapping, k - 1, k - 2);
                for (int s = k - 1; s <= k; s++) {
                    gramSchmidtColumn(a, b, u, m, s - 1);
                }
                if (k > 2) {
                    k--;
                } else {
                    // u[k:3, k-2:k] = (a[:, k:3]^T b[:, k-2:k]) / m[k-2:k]
                    for (int r = k; r < 3; r++) {
                        for (int c = k - 2; c < k; c++) {
                            u[r][c] = dotColumns(a, r, b, c) / m[c];
                        }
                    }
                }
            }
        }
        return new LllBasis(Mat3.transpose(a), Mat3.transpose(mapping));
    }

    /** Fractional coordinates in the reduced basis. */
    double[] toLllFractional(double[] frac) {
        return Mat3.times(frac, inverseMapping);
    }

    private static void gramSchmidtColumn(double[][] a, double[][] b, double[][] u, double[] m, int i) {
        for (int c = 0; c < i; c++) {
            u[i][c] = dotColumns(a, i, b, c) / m[c];
        }
        for (int r = 0; r < 3; r++) {
            double s = a[r][i];
            for (int c = 0; c < i; c++) {
                s -= b[r][c] * u[i][c];
            }
            b[r][i] = s;
        }
        m[i] = dotColumns(b, i, b, i);
    }

    private static double[] column(double[][] x, int c) {
        return new double[] {x[0][c], x[1][c], x[2][c]};
    }

    private static void setColumn(double[][] x, int c, double[] v) {
        for (int r = 0; r < 3; r++) {
            x[r][c] = v[r];
        }
    }

    private static double dotColumns(double[][] x, int i, double[][] y, int j) {
        return x[0][i] * y[0][j] + x[1][i] * y[1][j] + x[2][i] * y[2][j];
    }

    private static void swapColumns(double[][] x, int i, int j) {
        for (int r = 0; r < 3; r++) {
            double t = x[r][i];
            x[r][i] = x[r][j];
            x[r][j] = t;
        }
    }
}
