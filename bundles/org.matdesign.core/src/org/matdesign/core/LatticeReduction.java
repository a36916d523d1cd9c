package org.matdesign.core;

/** LLL and Niggli reduction, following pymatgen's {@code Lattice._calculate_lll} and Niggli algorithm. */
final class LatticeReduction {

    private static final int MAX_NIGGLI_ITERATIONS = 100;
    private static final int MAX_LLL_ITERATIONS = 100_000;

    private LatticeReduction() {
    }

    /**
     * LLL reduction of the row vectors.
     *
     * @return {reduced rows, mapping} with reduced = mapping · rows
     */
    static double[][][] lll(double[][] rows, double delta) {
        double[][] a = Mat3.transpose(rows); // basis vectors as columns, as in pymatgen
        double[][] b = new double[3][3];
        double[][] u = new double[3][3];
        double[] m = new double[3];
        double[][] mapping = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

        setColumn(b, 0, column(a, 0));
        m[0] = dotCol(b, 0, b, 0);
        for (int i = 1; i < 3; i++) {
            gramSchmidt(a, b, u, m, i);
        }

        int k = 2;
        int iterations = 0;
        while (k <= 3) {
            if (++iterations > MAX_LLL_ITERATIONS) {
                throw new IllegalStateException("LLL reduction did not converge");
            }
            for (int i = k - 1; i > 0; i--) {
                double q = pyRound(u[k - 1][i - 1]);
                if (q != 0) {
                    for (int r = 0; r < 3; r++) {
                        a[r][k - 1] -= q * a[r][i - 1];
                        mapping[r][k - 1] -= q * mapping[r][i - 1];
                    }
                    for (int j = 0; j < i; j++) {
                        double uu = j < i - 1 ? u[i - 1][j] : 1;
                        u[k - 1][j] -= q * uu;
                    }
                }
            }
            double lhs = dotCol(b, k - 1, b, k - 1);
            double rhs = (delta - Math.abs(u[k - 1][k - 2]) * Math.abs(u[k - 1][k - 2])) * dotCol(b, k - 2, b, k - 2);
            if (lhs >= rhs) {
                k++;
            } else {
                swapColumns(a, k - 1, k - 2);
                swapColumns(mapping, k - 1, k - 2);
                for (int s = k - 1; s <= k; s++) {
                    gramSchmidt(a, b, u, m, s - 1);
                }
                if (k > 2) {
                    k--;
                } else {
                    // rows k..2 of u against columns k-2..k-1: p / diag(m)
                    for (int r = k; r < 3; r++) {
                        for (int c = k - 2; c < k; c++) {
                            u[r][c] = dotCol(a, r, b, c) / m[c];
                        }
                    }
                }
            }
        }
        return new double[][][] {Mat3.transpose(a), Mat3.transpose(mapping)};
    }

    /** Recomputes Gram-Schmidt vector i (column) and its coefficients. */
    private static void gramSchmidt(double[][] a, double[][] b, double[][] u, double[] m, int i) {
        double[] bi = column(a, i);
        for (int j = 0; j < i; j++) {
            u[i][j] = dotCol(a, i, b, j) / m[j];
        }
        for (int j = 0; j < i; j++) {
            for (int r = 0; r < 3; r++) {
                bi[r] -= b[r][j] * u[i][j];
            }
        }
        setColumn(b, i, bi);
        m[i] = bi[0] * bi[0] + bi[1] * bi[1] + bi[2] * bi[2];
    }

    /** Python 3 / numpy round: half to even. */
    private static double pyRound(double x) {
        return Math.rint(x);
    }

    private static double[] column(double[][] m, int c) {
        return new double[] {m[0][c], m[1][c], m[2][c]};
    }

    private static void setColumn(double[][] m, int c, double[] v) {
        for (int r = 0; r < 3; r++) {
            m[r][c] = v[r];
        }
    }

    private static double dotCol(double[][] x, int cx, double[][] y, int cy) {
        return x[0][cx] * y[0][cy] + x[1][cx] * y[1][cy] + x[2][cx] * y[2][cy];
    }

    private static void swapColumns(double[][] m, int c1, int c2) {
        for (int r = 0; r < 3; r++) {
            double t = m[r][c1];
            m[r][c1] = m[r][c2];
            m[r][c2] = t;
        }
    }

    /**
     * Niggli reduction of the (preferably LLL-reduced) row vectors with absolute tolerance e on the metric, step
     * by step as pymatgen's {@code get_niggli_reduced_lattice} (including its use of the metric values from before
     * step A1 in steps A2-A4, so the resulting cell parameters are pymatgen's). The basis change is tracked, so the
     * result consists of lattice vectors of the input; right-handed.
     */
    static double[][] niggli(double[][] rows, double e) {
        double[][] g = Mat3.multiply(rows, Mat3.transpose(rows));
        double[][] t = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}; // new rows = t · rows
        for (int iteration = 0; iteration < MAX_NIGGLI_ITERATIONS; iteration++) {
            double A = g[0][0], B = g[1][1], C = g[2][2], E = 2 * g[1][2], N = 2 * g[0][2], Y = 2 * g[0][1];
            if (A > B + e || (Math.abs(A - B) < e && Math.abs(E) > Math.abs(N) + e)) { // A1
                double[][] m = {{0, -1, 0}, {-1, 0, 0}, {0, 0, -1}};
                g = transform(g, m);
                t = Mat3.multiply(Mat3.transpose(m), t);
                // pymatgen does not refresh A..Y here: A2 and the sign tests below see the values before A1
            }
            if (B > C + e || (Math.abs(B - C) < e && Math.abs(N) > Math.abs(Y) + e)) { // A2
                double[][] m = {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}};
                g = transform(g, m);
                t = Mat3.multiply(Mat3.transpose(m), t);
                continue;
            }
            int l = Math.abs(E) < e ? 0 : (int) Math.signum(E);
            int mm = Math.abs(N) < e ? 0 : (int) Math.signum(N);
            int n = Math.abs(Y) < e ? 0 : (int) Math.signum(Y);
            double[][] flip = null;
            if (l * mm * n == 1) { // A3
                flip = diag(l == -1 ? -1 : 1, mm == -1 ? -1 : 1, n == -1 ? -1 : 1);
            } else if (l * mm * n == 0 || l * mm * n == -1) { // A4
                int i = l == 1 ? -1 : 1;
                int j = mm == 1 ? -1 : 1;
                int k = n == 1 ? -1 : 1;
                if (i * j * k == -1) {
                    if (n == 0) {
                        k = -1;
                    } else if (mm == 0) {
                        j = -1;
                    } else if (l == 0) {
                        i = -1;
                    }
                }
                flip = diag(i, j, k);
            }
            if (flip != null) {
                g = transform(g, flip);
                t = Mat3.multiply(Mat3.transpose(flip), t);
            }
            A = g[0][0]; B = g[1][1]; E = 2 * g[1][2]; N = 2 * g[0][2]; Y = 2 * g[0][1];
            double[][] m = null;
            if (Math.abs(E) > B + e || (Math.abs(E - B) < e && 2 * N < Y - e) || (Math.abs(E + B) < e && Y < -e)) { // A5
                m = new double[][] {{1, 0, 0}, {0, 1, -Math.signum(E)}, {0, 0, 1}};
            } else if (Math.abs(N) > A + e || (Math.abs(A - N) < e && 2 * E < Y - e) || (Math.abs(A + N) < e && Y < -e)) { // A6
                m = new double[][] {{1, 0, -Math.signum(N)}, {0, 1, 0}, {0, 0, 1}};
            } else if (Math.abs(Y) > A + e || (Math.abs(A - Y) < e && 2 * E < N - e) || (Math.abs(A + Y) < e && N < -e)) { // A7
                m = new double[][] {{1, -Math.signum(Y), 0}, {0, 1, 0}, {0, 0, 1}};
            } else if (E + N + Y + A + B < -e || (Math.abs(E + N + Y + A + B) < e && e < Y + (A + N) * 2)) { // A8
                m = new double[][] {{1, 0, 1}, {0, 1, 1}, {0, 0, 1}};
            }
            if (m == null) {
                break;
            }
            g = transform(g, m);
            t = Mat3.multiply(Mat3.transpose(m), t);
        }
        double[][] reduced = Mat3.multiply(t, rows);
        if (Mat3.det(reduced) < 0) {
            reduced = Mat3.scale(reduced, -1);
        }
        return reduced;
    }

    private static double[][] diag(int i, int j, int k) {
        return new double[][] {{i, 0, 0}, {0, j, 0}, {0, 0, k}};
    }

    private static double[][] transform(double[][] g, double[][] m) {
        return Mat3.multiply(Mat3.transpose(m), Mat3.multiply(g, m));
    }
}
