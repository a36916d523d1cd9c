package org.matdesign.core;

import java.util.List;

/**
 * Niggli reduction (Grosse-Kunstleve, Sauter and Adams 2004) as pymatgen's {@code get_niggli_reduced_lattice}: the
 * LLL-reduced basis is reduced with absolute tolerance tol · V^(1/3) on the metric. The integer basis change is
 * tracked instead of rebuilding a cell from the reduced parameters, so results are lattice vectors of the input.
 * Rows are lattice vectors; results are right-handed.
 */
public final class NiggliReduction {

    /** pymatgen's default tolerance (relative to the cube root of the volume). */
    public static final double DEFAULT_TOLERANCE = 1e-5;

    private static final int MAX_ITERATIONS = 100; // pymatgen's bound

    private NiggliReduction() {
    }

    /** The cell of the reduced metric tensor. */
    public static double[][] reduce(double[][] rows, double tol) {
        double[][] start = LllReduction.of(rows).matrix();
        return rightHanded(Mat3.multiply(transformation(start, e(rows, tol)), start));
    }

    /** {@link #reduceLikePymatgen(double[][], double)} with pymatgen's default tolerance. */
    public static double[][] reduceLikePymatgen(double[][] rows) {
        return reduceLikePymatgen(rows, DEFAULT_TOLERANCE);
    }

    /**
     * pymatgen's complete result: like {@link #reduce}, then the first basis of {@code rows} (in pymatgen's
     * lattice-point order) with the reduced parameters within ltol = e and 1 degree. Bases with equal parameters
     * differ in orientation, and where an angle is within 0.5 degrees of 90 the search may return it mirrored; the
     * structure matcher needs exactly pymatgen's choice because it averages lattices afterwards.
     */
    public static double[][] reduceLikePymatgen(double[][] rows, double tol) {
        double[][] start = LllReduction.of(rows).matrix();
        double e = e(rows, tol);
        double[][] reduced = Mat3.multiply(transformation(start, e), start);
        List<LatticeMappings.Mapping> first = LatticeMappings.find(rows, LatticeParameters.of(reduced), e, 1, 1);
        return rightHanded(first.isEmpty() ? reduced : Mat3.copy(first.get(0).aligned()));
    }

    private static double e(double[][] rows, double tol) {
        return tol * Math.cbrt(Mat3.volume(rows));
    }

    private static double[][] rightHanded(double[][] m) {
        return Mat3.det(m) < 0 ? Mat3.scale(m, -1) : m;
    }

    /**
     * Integer T with T · rows Niggli-reduced: steps A1-A8 on the metric G = rows · rowsᵀ, named as in the paper and
     * in pymatgen. Kept step for step as pymatgen 2022.11.7, the reference of our fixtures and of CDVAE's data,
     * including its use of the metric from before A1 in A2-A4; the paper (and pymatgen since 2024) refreshes it there,
     * which on rare cells gives a different, properly all-acute or all-obtuse cell.
     */
    static double[][] transformation(double[][] rows, double e) {
        double[][] g = Mat3.multiply(rows, Mat3.transpose(rows));
        double[][] t = Mat3.identity();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            Metric p = new Metric(g);
            if (p.a > p.b + e || (Math.abs(p.a - p.b) < e && Math.abs(p.e) > Math.abs(p.n) + e)) { // A1
                double[][] m = {{0, -1, 0}, {-1, 0, 0}, {0, 0, -1}};
                g = transform(g, m);
                t = Mat3.multiply(Mat3.transpose(m), t);
                // no refresh of p: pymatgen 2022.11.7 tests A2 and the signs of A3/A4 on the values from before A1
            }
            if (p.b > p.c + e || (Math.abs(p.b - p.c) < e && Math.abs(p.n) > Math.abs(p.y) + e)) { // A2
                double[][] m = {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}};
                g = transform(g, m);
                t = Mat3.multiply(Mat3.transpose(m), t);
                continue;
            }
            double[][] flip = signFlip(p, e);
            if (flip != null) {
                g = transform(g, flip);
                t = Mat3.multiply(Mat3.transpose(flip), t);
                p = new Metric(g);
            }
            double[][] m = reductionStep(p, e);
            if (m == null) {
                break;
            }
            g = transform(g, m);
            t = Mat3.multiply(Mat3.transpose(m), t);
        }
        return t;
    }

    /** A3 (all angles acute) or A4 (all non-acute), null when the signs are mixed in a way neither handles. */
    private static double[][] signFlip(Metric p, double e) {
        int l = sign(p.e, e);
        int m = sign(p.n, e);
        int n = sign(p.y, e);
        if (l * m * n == 1) { // A3
            return diag(l == -1 ? -1 : 1, m == -1 ? -1 : 1, n == -1 ? -1 : 1);
        }
        int i = l == 1 ? -1 : 1; // A4
        int j = m == 1 ? -1 : 1;
        int k = n == 1 ? -1 : 1;
        if (i * j * k == -1) {
            if (n == 0) {
                k = -1;
            } else if (m == 0) {
                j = -1;
            } else if (l == 0) {
                i = -1;
            }
        }
        return diag(i, j, k);
    }

    /** A5-A8: the first applicable reduction of an off-diagonal term, or null when G is reduced. */
    private static double[][] reductionStep(Metric p, double e) {
        double a = p.a, b = p.b, ee = p.e, n = p.n, y = p.y;
        if (Math.abs(ee) > b + e || (Math.abs(ee - b) < e && 2 * n < y - e) || (Math.abs(ee + b) < e && y < -e)) {
            return new double[][] {{1, 0, 0}, {0, 1, -Math.signum(ee)}, {0, 0, 1}};
        }
        if (Math.abs(n) > a + e || (Math.abs(a - n) < e && 2 * ee < y - e) || (Math.abs(a + n) < e && y < -e)) {
            return new double[][] {{1, 0, -Math.signum(n)}, {0, 1, 0}, {0, 0, 1}};
        }
        if (Math.abs(y) > a + e || (Math.abs(a - y) < e && 2 * ee < n - e) || (Math.abs(a + y) < e && n < -e)) {
            return new double[][] {{1, -Math.signum(y), 0}, {0, 1, 0}, {0, 0, 1}};
        }
        double s = ee + n + y + a + b;
        if (s < -e || (Math.abs(s) < e && e < y + (a + n) * 2)) {
            return new double[][] {{1, 0, 1}, {0, 1, 1}, {0, 0, 1}};
        }
        return null;
    }

    /** The paper's A, B, C and E, N, Y (twice the off-diagonal terms) of a metric tensor. */
    private record Metric(double a, double b, double c, double e, double n, double y) {
        Metric(double[][] g) {
            this(g[0][0], g[1][1], g[2][2], 2 * g[1][2], 2 * g[0][2], 2 * g[0][1]);
        }
    }

    private static int sign(double x, double e) {
        return Math.abs(x) < e ? 0 : (int) Math.signum(x);
    }

    private static double[][] diag(int i, int j, int k) {
        return new double[][] {{i, 0, 0}, {0, j, 0}, {0, 0, k}};
    }

    /** Mᵀ G M: the metric of the basis changed by M. */
    private static double[][] transform(double[][] g, double[][] m) {
        return Mat3.multiply(Mat3.transpose(m), Mat3.multiply(g, m));
    }
}
