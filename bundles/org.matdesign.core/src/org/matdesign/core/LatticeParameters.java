package org.matdesign.core;

/**
 * Lengths and angles of lattice matrices (rows = vectors, degrees), computed the way pymatgen computes them, for
 * callers that work on plain arrays; {@link Lattice} uses the same formulas.
 */
public final class LatticeParameters {

    private LatticeParameters() {
    }

    /** {a, b, c, alpha, beta, gamma} of the rows. */
    public static double[] of(double[][] m) {
        double a = Mat3.norm(m[0]);
        double b = Mat3.norm(m[1]);
        double c = Mat3.norm(m[2]);
        return new double[] {a, b, c, angle(m[1], m[2], b, c), angle(m[0], m[2], a, c), angle(m[0], m[1], a, b)};
    }

    private static double angle(double[] u, double[] v, double lu, double lv) {
        // clamped: rounding can push the cosine of (anti)parallel vectors just past 1
        double cos = Math.max(-1, Math.min(1, Mat3.dot(u, v) / (lu * lv)));
        return Math.toDegrees(Math.acos(cos));
    }

    /** Lengths of the rows. */
    public static double[] lengths(double[][] m) {
        return new double[] {Mat3.norm(m[0]), Mat3.norm(m[1]), Mat3.norm(m[2])};
    }

    /**
     * Rows with the given parameters in pymatgen's {@code Lattice.from_parameters} orientation (c along z, a in the
     * xz plane). No validation: {@link Lattice#fromParameters} checks that the angles form a cell.
     */
    public static double[][] toMatrix(double a, double b, double c, double alpha, double beta, double gamma) {
        double ca = Math.cos(Math.toRadians(alpha));
        double cb = Math.cos(Math.toRadians(beta));
        double cg = Math.cos(Math.toRadians(gamma));
        double sa = Math.sin(Math.toRadians(alpha));
        double sb = Math.sin(Math.toRadians(beta));
        double val = Math.max(-1, Math.min(1, (ca * cb - cg) / (sa * sb)));
        double gammaStar = Math.acos(val);
        return new double[][] {
            {a * sb, 0.0, a * cb},
            {-b * sa * Math.cos(gammaStar), b * sa * Math.sin(gammaStar), b * ca},
            {0.0, 0.0, c}};
    }

    /** {@link #toMatrix(double, double, double, double, double, double)} of {a, b, c, alpha, beta, gamma}. */
    public static double[][] toMatrix(double[] p) {
        return toMatrix(p[0], p[1], p[2], p[3], p[4], p[5]);
    }

    /** Reciprocal lengths with the 2π factor (pymatgen {@code reciprocal_lattice.abc}). */
    public static double[] reciprocalLengths(double[][] m) {
        double[] h = Mat3.columnNorms(Mat3.inverse(m));
        return new double[] {2 * Math.PI * h[0], 2 * Math.PI * h[1], 2 * Math.PI * h[2]};
    }
}
