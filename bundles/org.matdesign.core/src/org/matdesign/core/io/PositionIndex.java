package org.matdesign.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.Lattice;

/**
 * Wrapped fractional positions in a periodic grid of bins, to find coinciding positions in linear time.
 * Two positions coincide when every wrapped fractional difference is below {@code fracTol} or their Cartesian
 * distance is below {@code cartTol}.
 */
final class PositionIndex {

    private final double[][] matrix;
    private final double fracTol;
    private final double cartTol;
    private final int[] bins = new int[3];
    private final List<double[]> positions = new ArrayList<>();
    private final Map<Long, List<Integer>> grid = new HashMap<>();

    PositionIndex(Lattice lattice, double fracTol, double cartTol) {
        this.matrix = lattice.matrix();
        this.fracTol = fracTol;
        this.cartTol = cartTol;
        double[][] inv = lattice.inverseMatrix();
        for (int k = 0; k < 3; k++) {
            double h = Math.sqrt(inv[0][k] * inv[0][k] + inv[1][k] * inv[1][k] + inv[2][k] * inv[2][k]);
            double reach = Math.max(fracTol, cartTol * h); // fractional reach of either criterion along axis k
            bins[k] = (int) Math.max(1, Math.min(64, Math.floor(1 / reach)));
        }
    }

    int size() {
        return positions.size();
    }

    double[] position(int id) {
        return positions.get(id);
    }

    int add(double[] f) {
        int id = positions.size();
        positions.add(f);
        grid.computeIfAbsent(key(bin(f, 0), bin(f, 1), bin(f, 2)), k -> new ArrayList<>()).add(id);
        return id;
    }

    /** Ids of stored positions coinciding with f. */
    List<Integer> near(double[] f) {
        List<Integer> result = new ArrayList<>();
        int b0 = bin(f, 0);
        int b1 = bin(f, 1);
        int b2 = bin(f, 2);
        for (int d0 = -1; d0 <= 1; d0++) {
            for (int d1 = -1; d1 <= 1; d1++) {
                for (int d2 = -1; d2 <= 1; d2++) {
                    if (visitedAlready(d0, bins[0]) || visitedAlready(d1, bins[1]) || visitedAlready(d2, bins[2])) {
                        continue;
                    }
                    List<Integer> cell = grid.get(key(mod(b0 + d0, 0), mod(b1 + d1, 1), mod(b2 + d2, 2)));
                    if (cell != null) {
                        for (int id : cell) {
                            if (coincide(f, positions.get(id))) {
                                result.add(id);
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    /** With fewer than 3 bins along an axis, neighbouring offsets wrap onto the same bin. */
    private static boolean visitedAlready(int d, int n) {
        return (n == 1 && d != 0) || (n == 2 && d == 1);
    }

    private boolean coincide(double[] a, double[] b) {
        double[] d = new double[3];
        boolean fracClose = true;
        for (int k = 0; k < 3; k++) {
            d[k] = b[k] - a[k];
            d[k] -= Math.rint(d[k]);
            fracClose &= Math.abs(d[k]) < fracTol;
        }
        if (fracClose) {
            return true;
        }
        double x = d[0] * matrix[0][0] + d[1] * matrix[1][0] + d[2] * matrix[2][0];
        double y = d[0] * matrix[0][1] + d[1] * matrix[1][1] + d[2] * matrix[2][1];
        double z = d[0] * matrix[0][2] + d[1] * matrix[1][2] + d[2] * matrix[2][2];
        return x * x + y * y + z * z < cartTol * cartTol;
    }

    private int bin(double[] f, int k) {
        return mod((int) Math.floor(f[k] * bins[k]), k);
    }

    private int mod(int b, int k) {
        int n = bins[k];
        return ((b % n) + n) % n;
    }

    private static long key(int a, int b, int c) {
        return ((long) a * 65 + b) * 65 + c;
    }
}
