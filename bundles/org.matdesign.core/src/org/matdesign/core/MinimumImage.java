package org.matdesign.core;

/**
 * Exact minimum-image search for any cell shape: differences are wrapped in the LLL-reduced basis (nearly
 * orthogonal, so the wrapped vector is already short), then every lattice translation that could still give a
 * shorter vector is scanned. The bound |(d + n)_k| <= r |b*_k| (b* = crystallographic reciprocal vectors)
 * holds for every vector of length <= r, so no image is missed.
 */
final class MinimumImage {

    private static final double EPS = 1e-9;

    private final LllReduction reduction;
    private final double[][] lll;
    private final double[][] lllMapping;
    private final double[] reciprocalNorms;

    MinimumImage(Lattice lattice) {
        this.reduction = lattice.lll();
        this.lll = reduction.matrix();
        this.lllMapping = reduction.mapping();
        // norms of the crystallographic reciprocal vectors
        this.reciprocalNorms = Mat3.columnNorms(Mat3.inverse(lll));
    }

    double[] toLllFrac(double[] frac) {
        return reduction.toLllFractional(frac);
    }

    /**
     * Shortest Cartesian vector from a to b over all periodic images, for LLL-basis fractional coordinates.
     * Returns {dx, dy, dz, |d|, n0, n1, n2} where n is the image (in the ORIGINAL lattice basis) added to b.
     */
    double[] shortestLll(double[] aLll, double[] bLll) {
        double[] d = new double[3];
        double[] wrap = new double[3];
        for (int k = 0; k < 3; k++) {
            double diff = bLll[k] - aLll[k];
            wrap[k] = -Math.rint(diff);
            d[k] = diff + wrap[k];
        }
        double[] cart = Mat3.rowTimes(d, lll);
        double best2 = Mat3.dot(cart, cart);
        double r = Math.sqrt(best2);
        double[] bestImage = wrap.clone();
        double[] bestCart = cart;
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            lo[k] = (int) Math.ceil(-r * reciprocalNorms[k] - d[k] - EPS);
            hi[k] = (int) Math.floor(r * reciprocalNorms[k] - d[k] + EPS);
        }
        for (int n0 = lo[0]; n0 <= hi[0]; n0++) {
            for (int n1 = lo[1]; n1 <= hi[1]; n1++) {
                for (int n2 = lo[2]; n2 <= hi[2]; n2++) {
                    if (n0 == 0 && n1 == 0 && n2 == 0) {
                        continue;
                    }
                    double f0 = d[0] + n0;
                    double f1 = d[1] + n1;
                    double f2 = d[2] + n2;
                    double x = f0 * lll[0][0] + f1 * lll[1][0] + f2 * lll[2][0];
                    double y = f0 * lll[0][1] + f1 * lll[1][1] + f2 * lll[2][1];
                    double z = f0 * lll[0][2] + f1 * lll[1][2] + f2 * lll[2][2];
                    double d2 = x * x + y * y + z * z;
                    if (d2 < best2) {
                        best2 = d2;
                        bestCart = new double[] {x, y, z};
                        bestImage = new double[] {wrap[0] + n0, wrap[1] + n1, wrap[2] + n2};
                    }
                }
            }
        }
        // image in the LLL basis -> original basis: n_orig = n_lll · mapping
        double[] imageOrig = Mat3.rowTimes(bestImage, lllMapping);
        return new double[] {bestCart[0], bestCart[1], bestCart[2], Math.sqrt(best2), Math.rint(imageOrig[0]),
            Math.rint(imageOrig[1]), Math.rint(imageOrig[2])};
    }

    /** Length of the shortest non-zero lattice vector. */
    double shortestLatticeVector() {
        double r = Double.POSITIVE_INFINITY;
        for (double[] v : lll) {
            r = Math.min(r, Mat3.norm(v));
        }
        double best = r;
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            hi[k] = (int) Math.floor(r * reciprocalNorms[k] + EPS);
        }
        for (int n0 = -hi[0]; n0 <= hi[0]; n0++) {
            for (int n1 = -hi[1]; n1 <= hi[1]; n1++) {
                for (int n2 = -hi[2]; n2 <= hi[2]; n2++) {
                    if (n0 == 0 && n1 == 0 && n2 == 0) {
                        continue;
                    }
                    double[] v = Mat3.rowTimes(new double[] {n0, n1, n2}, lll);
                    best = Math.min(best, Mat3.norm(v));
                }
            }
        }
        return best;
    }
}
