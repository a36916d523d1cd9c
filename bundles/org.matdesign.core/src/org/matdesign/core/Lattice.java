package org.matdesign.core;

import java.util.Arrays;

/**
 * A periodic lattice given by three row vectors a, b, c (Å), like pymatgen's {@code Lattice}. Immutable.
 * Angles are in degrees. Fractional coordinates are row vectors: cart = frac · matrix.
 */
public final class Lattice {

    /** Cells with a smaller |det| are treated as degenerate (their vectors are linearly dependent). */
    private static final double MIN_VOLUME = 1e-10;

    private final double[][] matrix;
    private final double[][] inverse;
    private final double[] parameters;
    private final double volume;
    private volatile LllReduction lll;
    private volatile MinimumImage minimumImage;

    private Lattice(double[][] rows) {
        if (rows == null || rows.length != 3) {
            throw new IllegalArgumentException("a lattice needs exactly 3 vectors");
        }
        for (int i = 0; i < 3; i++) {
            if (rows[i] == null || rows[i].length != 3) {
                throw new IllegalArgumentException("lattice vector " + (i + 1) + " must have 3 components");
            }
            for (double v : rows[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("lattice vector " + (i + 1) + " has a non-finite component: "
                            + Arrays.toString(rows[i]));
                }
            }
        }
        matrix = Mat3.copy(rows);
        double det = Mat3.det(matrix);
        volume = Math.abs(det);
        if (!(volume > MIN_VOLUME)) {
            throw new IllegalArgumentException("lattice vectors are linearly dependent (volume " + volume + " Å^3): "
                    + Arrays.deepToString(rows));
        }
        inverse = Mat3.inverse(matrix);
        parameters = LatticeParameters.of(matrix);
    }

    /** A lattice from its three row vectors a, b, c in Å. */
    public static Lattice fromMatrix(double[][] rows) {
        return new Lattice(rows);
    }

    /**
     * A lattice from lengths (Å) and angles (degrees), oriented like pymatgen's {@code Lattice.from_parameters}
     * (c along z, a in the xz plane).
     *
     * @throws IllegalArgumentException when lengths are not positive or the angles do not form a cell
     */
    public static Lattice fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        double[] p = {a, b, c, alpha, beta, gamma};
        for (double v : p) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("lattice parameters must be finite: " + Arrays.toString(p));
            }
        }
        if (a <= 0 || b <= 0 || c <= 0) {
            throw new IllegalArgumentException("cell lengths must be positive: a=" + a + " b=" + b + " c=" + c);
        }
        if (alpha <= 0 || alpha >= 180 || beta <= 0 || beta >= 180 || gamma <= 0 || gamma >= 180) {
            throw new IllegalArgumentException("cell angles must lie strictly between 0 and 180 degrees: alpha="
                    + alpha + " beta=" + beta + " gamma=" + gamma);
        }
        double ca = Math.cos(Math.toRadians(alpha));
        double cb = Math.cos(Math.toRadians(beta));
        double cg = Math.cos(Math.toRadians(gamma));
        double volumeFactor = 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg;
        if (!(volumeFactor > 1e-12)) {
            throw new IllegalArgumentException("angles alpha=" + alpha + " beta=" + beta + " gamma=" + gamma
                    + " do not form a cell (each angle must be less than the sum of the other two, and their sum below 360)");
        }
        return new Lattice(LatticeParameters.toMatrix(a, b, c, alpha, beta, gamma));
    }

    /** The row vectors (a copy). */
    public double[][] matrix() {
        return Mat3.copy(matrix);
    }

    /** Inverse of {@link #matrix()} (a copy): frac = cart · inverse. */
    public double[][] inverseMatrix() {
        return Mat3.copy(inverse);
    }

    public double a() {
        return parameters[0];
    }

    public double b() {
        return parameters[1];
    }

    public double c() {
        return parameters[2];
    }

    public double alpha() {
        return parameters[3];
    }

    public double beta() {
        return parameters[4];
    }

    public double gamma() {
        return parameters[5];
    }

    /** {a, b, c, alpha, beta, gamma}. */
    public double[] parameters() {
        return parameters.clone();
    }

    public double volume() {
        return volume;
    }

    /** True when a, b, c form a right-handed set (positive determinant). */
    public boolean isRightHanded() {
        return Mat3.det(matrix) > 0;
    }

    /** Reciprocal lattice with the 2π factor (pymatgen {@code reciprocal_lattice}). */
    public Lattice reciprocal() {
        return new Lattice(Mat3.scale(Mat3.transpose(inverse), 2 * Math.PI));
    }

    /** Reciprocal lattice without 2π (pymatgen {@code reciprocal_lattice_crystallographic}). */
    public Lattice reciprocalCrystallographic() {
        return new Lattice(Mat3.transpose(inverse));
    }

    public double[] toCartesian(double[] frac) {
        return Mat3.rowTimes(frac, matrix);
    }

    public double[] toFractional(double[] cart) {
        return Mat3.rowTimes(cart, inverse);
    }

    /** G = M Mᵀ. */
    public double[][] metricTensor() {
        return Mat3.multiply(matrix, Mat3.transpose(matrix));
    }

    /** LLL-reduced lattice (delta 0.75), computed with pymatgen's algorithm; same lattice points. */
    public Lattice lllReduced() {
        return new Lattice(lll().matrix());
    }

    /** Integer matrix T with lllReduced().matrix() = T · matrix() (pymatgen {@code lll_mapping}). */
    public double[][] lllMapping() {
        return lll().mapping();
    }

    /** Converts fractional coordinates of this lattice into those of {@link #lllReduced()}. */
    public double[] toLllFractional(double[] frac) {
        return lll().toLllFractional(frac);
    }

    LllReduction lll() {
        LllReduction r = lll;
        if (r == null) {
            r = LllReduction.of(matrix);
            lll = r;
        }
        return r;
    }

    MinimumImage minimumImage() {
        MinimumImage m = minimumImage;
        if (m == null) {
            m = new MinimumImage(this);
            minimumImage = m;
        }
        return m;
    }

    /**
     * The shortest Cartesian vector from fractional position {@code from} to any periodic image of {@code to}
     * (exact for any cell shape).
     */
    public double[] minimumImageVector(double[] from, double[] to) {
        MinimumImage m = minimumImage();
        double[] r = m.shortestLll(m.toLllFrac(from), m.toLllFrac(to));
        return new double[] {r[0], r[1], r[2]};
    }

    /** The lattice translation (in this basis) that, added to {@code to}, gives the minimum-image vector. */
    public int[] minimumImage(double[] from, double[] to) {
        MinimumImage m = minimumImage();
        double[] r = m.shortestLll(m.toLllFrac(from), m.toLllFrac(to));
        return new int[] {(int) r[4], (int) r[5], (int) r[6]};
    }

    /** Minimum-image distance in Å between two fractional positions (exact for any cell shape). */
    public double minimumImageDistance(double[] fracA, double[] fracB) {
        MinimumImage m = minimumImage();
        return m.shortestLll(m.toLllFrac(fracA), m.toLllFrac(fracB))[3];
    }

    /** Length of the shortest non-zero lattice vector in Å. */
    public double shortestVectorLength() {
        return minimumImage().shortestLatticeVector();
    }

    /** Niggli-reduced lattice with pymatgen's default tolerance 1e-5 (scaled by volume^(1/3)). */
    public Lattice niggliReduced() {
        return niggliReduced(NiggliReduction.DEFAULT_TOLERANCE);
    }

    /**
     * Niggli-reduced lattice (Grosse-Kunstleve et al. 2004, as implemented in pymatgen), right-handed.
     * The result spans the same lattice points; its vectors are lattice vectors of this lattice.
     */
    public Lattice niggliReduced(double tolerance) {
        return new Lattice(NiggliReduction.reduce(matrix, tolerance));
    }

    /** The same shape scaled to a new volume (pymatgen {@code Lattice.scale}). */
    public Lattice scaled(double newVolume) {
        if (!(newVolume > 0) || !Double.isFinite(newVolume)) {
            throw new IllegalArgumentException("new volume must be positive and finite, got " + newVolume);
        }
        return new Lattice(Mat3.scale(matrix, Math.cbrt(newVolume / volume)));
    }

    /** Whether all vectors agree within {@code tol} Å. */
    public boolean approxEquals(Lattice other, double tol) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(matrix[i][j] - other.matrix[i][j]) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format("Lattice(a=%.6f b=%.6f c=%.6f alpha=%.4f beta=%.4f gamma=%.4f)", parameters[0],
                parameters[1], parameters[2], parameters[3], parameters[4], parameters[5]);
    }
}
