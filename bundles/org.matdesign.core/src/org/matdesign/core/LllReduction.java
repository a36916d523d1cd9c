package org.matdesign.core;

/**
 * Lenstra-Lenstra-Lovász reduction of a lattice basis, step for step as pymatgen's {@code Lattice._calculate_lll}
 * (default delta 0.75), so that the reduced basis, and the image searches built on it, are pymatgen's. Works on
 * rows: row i here is pymatgen's column {@code a[:, i]}. Immutable.
 */
public final class LllReduction {

    /** pymatgen's default Lovász parameter. */
    public static final double DEFAULT_DELTA = 0.75;

    /** A 3x3 basis needs far fewer steps; the bound only turns a bug or NaN input into an exception. */
    private static final int MAX_ITERATIONS = 100_000;

    private final double[][] matrix;
    private final double[][] mapping;
    private final double[][] inverseMapping;

    private LllReduction(double[][] matrix, double[][] mapping) {
        this.matrix = matrix;
        this.mapping = mapping;
        this.inverseMapping = Mat3.inverse(mapping);
    }

    public static LllReduction of(double[][] rows) {
        return of(rows, DEFAULT_DELTA);
    }

    public static LllReduction of(double[][] rows, double delta) {
        double[][] a = Mat3.copy(rows);
        double[][] t = Mat3.identity(); // row i: pymatgen's mapping[:, i]
        double[][] b = new double[3][]; // Gram-Schmidt vectors
        double[][] u = new double[3][3]; // Gram-Schmidt coefficients
        double[] m = new double[3]; // squared norms of b
        for (int i = 0; i < 3; i++) {
            orthogonalize(a, b, u, m, i);
        }
        int k = 2;
        int iterations = 0;
        while (k <= 3) {
            if (++iterations > MAX_ITERATIONS) {
                throw new IllegalStateException("LLL reduction did not converge");
            }
            for (int i = k - 1; i > 0; i--) { // size reduction
                double q = Math.rint(u[k - 1][i - 1]); // numpy round: half to even
                if (q != 0) {
                    subtract(a[k - 1], q, a[i - 1]);
                    subtract(t[k - 1], q, t[i - 1]);
                    for (int j = 0; j < i - 1; j++) {
                        u[k - 1][j] -= q * u[i - 1][j];
                    }
                    u[k - 1][i - 1] -= q;
                }
            }
            double uk = Math.abs(u[k - 1][k - 2]);
            if (Mat3.dot(b[k - 1], b[k - 1]) >= (delta - uk * uk) * Mat3.dot(b[k - 2], b[k - 2])) { // Lovász
                k++;
            } else {
                swap(a, k - 1, k - 2);
                swap(t, k - 1, k - 2);
                orthogonalize(a, b, u, m, k - 2);
                orthogonalize(a, b, u, m, k - 1);
                if (k > 2) {
                    k--;
                } else {
                    // pymatgen's lstsq against diag(m) is a division
                    for (int r = k; r < 3; r++) {
                        for (int c = k - 2; c < k; c++) {
                            u[r][c] = Mat3.dot(a[r], b[c]) / m[c];
                        }
                    }
                }
            }
        }
        return new LllReduction(a, t);
    }

    /** Gram-Schmidt vector i and its coefficients, summed before subtracting as numpy's dot does. */
    private static void orthogonalize(double[][] a, double[][] b, double[][] u, double[] m, int i) {
        double[] s = new double[3];
        for (int j = 0; j < i; j++) {
            u[i][j] = Mat3.dot(a[i], b[j]) / m[j];
            for (int r = 0; r < 3; r++) {
                s[r] += b[j][r] * u[i][j];
            }
        }
        b[i] = new double[] {a[i][0] - s[0], a[i][1] - s[1], a[i][2] - s[2]};
        m[i] = Mat3.dot(b[i], b[i]);
    }

    private static void subtract(double[] x, double q, double[] y) {
        for (int r = 0; r < 3; r++) {
            x[r] -= q * y[r];
        }
    }

    private static void swap(double[][] x, int i, int j) {
        double[] tmp = x[i];
        x[i] = x[j];
        x[j] = tmp;
    }

    /** The reduced rows (a copy). */
    public double[][] matrix() {
        return Mat3.copy(matrix);
    }

    /** Integer matrix T with matrix() = T · original rows (pymatgen {@code lll_mapping}; a copy). */
    public double[][] mapping() {
        return Mat3.copy(mapping);
    }

    /** Fractional coordinates of the original basis expressed in the reduced basis. */
    public double[] toLllFractional(double[] frac) {
        return Mat3.rowTimes(frac, inverseMapping);
    }
}
