package org.matdesign.analysis.match;

import org.matdesign.core.LatticeParameters;
import org.matdesign.core.LllReduction;
import org.matdesign.core.Mat3;

/**
 * pymatgen's _cart_dists for the translations of one lattice mapping: minimum-image vectors among 27 images on the
 * LLL basis of the averaged lattice, an optimal assignment of squared distances per species block, removal of the
 * mean displacement and distances divided by (V/N)^(1/3). The columns (the supercell side) are fixed per mapping, so
 * they are converted once in {@link #useLattice}; only the shifted rows change per translation. Holds work arrays
 * for one comparison: not thread-safe.
 */
final class AlignmentDistances {

    /** Cost given to pairs that may not be matched (outside the fractional tolerance). */
    private static final double FORBIDDEN = 1e20;

    private final int n;
    private final int[][] blocks;
    private final double stol;
    private final LinearAssignment assignment = new LinearAssignment();

    /** x, y, z of the 27 images (i, j, k in -1..1, pymatgen's itertools.product order) on the LLL basis. */
    private final double[] images = new double[81];
    private final double[] lllTol = new double[3];
    private double[][] toLll;
    private double[][] lll;
    private double normalization;

    // LLL fractional coordinates and Cartesian coordinates of their [0,1) wrap; x, y, z interleaved
    private final double[] colFrac;
    private final double[] colCart;
    private final double[] rowFrac;
    private final double[] rowCart;
    // the [0,1) wraps of colFrac and rowFrac
    private final double[] colWrap;
    private final double[] rowWrap;
    /** Interplanar spacings of the LLL basis: a vector with fractional coordinate f_c is at least |f_c| times long. */
    private final double[] spacing = new double[3];

    private final double[] d2;
    private final int[] assigned;
    private final double[] vx;
    private final double[] vy;
    private final double[] vz;

    /**
     * @param blocks for each species, the row indices followed by the column indices of that species (equally many)
     */
    AlignmentDistances(int n, int[][] blocks, double stol) {
        this.n = n;
        this.blocks = blocks;
        this.stol = stol;
        int largest = 0;
        for (int[] b : blocks) {
            largest = Math.max(largest, b.length / 2);
        }
        colFrac = new double[3 * n];
        colCart = new double[3 * n];
        rowFrac = new double[3 * n];
        rowCart = new double[3 * n];
        colWrap = new double[3 * n];
        rowWrap = new double[3 * n];
        d2 = new double[largest * largest];
        assigned = new int[largest];
        vx = new double[n];
        vy = new double[n];
        vz = new double[n];
    }

    /** Prepares the averaged lattice of a mapping and the columns' coordinates s1fc (fractional on that lattice). */
    void useLattice(double[][] averaged, double[][] s1fc, double normalization) {
        LllReduction reduction = LllReduction.of(averaged);
        this.lll = reduction.matrix();
        this.toLll = Mat3.inverse(reduction.mapping());
        this.normalization = normalization;
        double[] recip = LatticeParameters.reciprocalLengths(lll);
        for (int k = 0; k < 3; k++) {
            lllTol[k] = recip[k] * stol / (Math.PI * normalization);
            spacing[k] = 2 * Math.PI / recip[k];
        }
        int q = 0;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    for (int c = 0; c < 3; c++) {
                        images[q++] = i * lll[0][c] + j * lll[1][c] + k * lll[2][c];
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            convert(s1fc[j][0], s1fc[j][1], s1fc[j][2], j, colFrac, colWrap, colCart);
        }
    }

    /**
     * @param s2fc rows' fractional coordinates on the averaged lattice, x, y, z interleaved, already translated
     * @return the maximum (fit) or rms (useRms) normalised distance; +infinity when some row has no partner within
     *         the LLL fractional tolerance in the optimal assignment
     */
    double value(double[] s2fc, boolean useRms) {
        for (int i = 0; i < n; i++) {
            convert(s2fc[3 * i], s2fc[3 * i + 1], s2fc[3 * i + 2], i, rowFrac, rowWrap, rowCart);
        }
        double meanX = 0;
        double meanY = 0;
        double meanZ = 0;
        // pairs of different species are forbidden, so the assignment splits into one block per species
        for (int[] block : blocks) {
            int m = block.length / 2;
            fillCosts(block, m);
            assignment.solve(d2, m, assigned);
            for (int a = 0; a < m; a++) {
                if (d2[a * m + assigned[a]] >= FORBIDDEN) {
                    // pymatgen would average 1e20 vectors here: the result is far above any tolerance
                    return Double.POSITIVE_INFINITY;
                }
                int i = block[a];
                shortest(i, block[m + assigned[a]]);
                meanX += vx[i] / n;
                meanY += vy[i] / n;
                meanZ += vz[i] / n;
            }
        }
        double sumSquares = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double dx = vx[i] - meanX;
            double dy = vy[i] - meanY;
            double dz = vz[i] - meanZ;
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz) * normalization;
            sumSquares += d * d;
            max = Math.max(max, d);
        }
        return useRms ? Math.sqrt(sumSquares / n) : max;
    }

    /** Squared minimum-image distances of a block, FORBIDDEN outside the LLL fractional tolerance. */
    private void fillCosts(int[] block, int m) {
        for (int a = 0; a < m; a++) {
            int i3 = 3 * block[a];
            double f0 = rowFrac[i3];
            double f1 = rowFrac[i3 + 1];
            double f2 = rowFrac[i3 + 2];
            double cx = rowCart[i3];
            double cy = rowCart[i3 + 1];
            double cz = rowCart[i3 + 2];
            double w0 = rowWrap[i3];
            double w1 = rowWrap[i3 + 1];
            double w2 = rowWrap[i3 + 2];
            int base = a * m;
            for (int b = 0; b < m; b++) {
                int j3 = 3 * block[m + b];
                if (outside(colFrac[j3] - f0, lllTol[0]) || outside(colFrac[j3 + 1] - f1, lllTol[1])
                        || outside(colFrac[j3 + 2] - f2, lllTol[2])) {
                    d2[base + b] = FORBIDDEN;
                    continue;
                }
                double px = colCart[j3] - cx;
                double py = colCart[j3 + 1] - cy;
                double pz = colCart[j3 + 2] - cz;
                double best = shortestSquared(px, py, pz, colWrap[j3] - w0, colWrap[j3 + 1] - w1, colWrap[j3 + 2] - w2);
                d2[base + b] = best;
            }
        }
    }

    /**
     * The smallest squared length among the 27 image vectors p + images[q], where e is p's fractional vector on the
     * LLL basis. Exactly the value of the full scan, but images that cannot win are skipped: along axis c an image
     * is at least |e_c + k_c| times the interplanar spacing long, so when that alone exceeds the nearest image's
     * length it is not computed.
     */
    private double shortestSquared(double px, double py, double pz, double e0, double e1, double e2) {
        int n0 = (int) -Math.rint(e0);
        int n1 = (int) -Math.rint(e1);
        int n2 = (int) -Math.rint(e2);
        int q0 = 3 * (9 * (n0 + 1) + 3 * (n1 + 1) + (n2 + 1));
        double nx = px + images[q0];
        double ny = py + images[q0 + 1];
        double nz = pz + images[q0 + 2];
        double nearest = nx * nx + ny * ny + nz * nz;
        // margin: p and e are rounded independently of each other
        double limit = nearest * (1 + 1e-9) + 1e-12;
        double best = Double.MAX_VALUE;
        for (int k0 = -1; k0 <= 1; k0++) {
            double s0 = (e0 + k0) * spacing[0];
            if (s0 * s0 > limit) {
                continue;
            }
            for (int k1 = -1; k1 <= 1; k1++) {
                double s1 = (e1 + k1) * spacing[1];
                if (s1 * s1 > limit) {
                    continue;
                }
                for (int k2 = -1; k2 <= 1; k2++) {
                    double s2 = (e2 + k2) * spacing[2];
                    if (s2 * s2 > limit) {
                        continue;
                    }
                    int q = 3 * (9 * (k0 + 1) + 3 * (k1 + 1) + (k2 + 1));
                    double dx = px + images[q];
                    double dy = py + images[q + 1];
                    double dz = pz + images[q + 2];
                    best = Math.min(best, dx * dx + dy * dy + dz * dz);
                }
            }
        }
        return best;
    }

    /** The first shortest of the 27 image vectors from row i to column j, stored as row i's displacement. */
    private void shortest(int i, int j) {
        double px = colCart[3 * j] - rowCart[3 * i];
        double py = colCart[3 * j + 1] - rowCart[3 * i + 1];
        double pz = colCart[3 * j + 2] - rowCart[3 * i + 2];
        double best = Double.MAX_VALUE;
        int bestImage = 0;
        for (int q = 0; q < 81; q += 3) {
            double dx = px + images[q];
            double dy = py + images[q + 1];
            double dz = pz + images[q + 2];
            double d = dx * dx + dy * dy + dz * dz;
            if (d < best) {
                best = d;
                bestImage = q;
            }
        }
        vx[i] = px + images[bestImage];
        vy[i] = py + images[bestImage + 1];
        vz[i] = pz + images[bestImage + 2];
    }

    private static boolean outside(double fd, double tol) {
        return Math.abs(fd - Math.rint(fd)) > tol;
    }

    /** LLL fractional coordinates of (x, y, z), their [0,1) wrap and its Cartesian position, at slot s. */
    private void convert(double x, double y, double z, int s, double[] frac, double[] wrap, double[] cart) {
        double f0 = x * toLll[0][0] + y * toLll[1][0] + z * toLll[2][0];
        double f1 = x * toLll[0][1] + y * toLll[1][1] + z * toLll[2][1];
        double f2 = x * toLll[0][2] + y * toLll[1][2] + z * toLll[2][2];
        frac[3 * s] = f0;
        frac[3 * s + 1] = f1;
        frac[3 * s + 2] = f2;
        double w0 = f0 - Math.floor(f0);
        double w1 = f1 - Math.floor(f1);
        double w2 = f2 - Math.floor(f2);
        wrap[3 * s] = w0;
        wrap[3 * s + 1] = w1;
        wrap[3 * s + 2] = w2;
        cart[3 * s] = w0 * lll[0][0] + w1 * lll[1][0] + w2 * lll[2][0];
        cart[3 * s + 1] = w0 * lll[0][1] + w1 * lll[1][1] + w2 * lll[2][1];
        cart[3 * s + 2] = w0 * lll[0][2] + w1 * lll[1][2] + w2 * lll[2][2];
    }
}
