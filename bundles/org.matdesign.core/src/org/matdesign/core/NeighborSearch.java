package org.matdesign.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Periodic neighbour list by direct image enumeration. For a pair with fractional difference d, only images n
 * with |(d + n)_k| <= cutoff |b*_k| can lie within the cutoff (b* = crystallographic reciprocal vectors), so the
 * scan is exact for any cell shape.
 */
final class NeighborSearch {

    /** Distances at or below this count as the same point (pymatgen's numerical tolerance). */
    static final double ZERO_DISTANCE = 1e-8;

    private NeighborSearch() {
    }

    static List<Neighbor> find(Structure structure, double cutoff) {
        int n = structure.size();
        checkSize(structure, cutoff, (double) n * n);
        List<Neighbor> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scan(structure, i, cutoff, result);
        }
        return result;
    }

    /** The neighbours of one site, ordered by j, then image. */
    static List<Neighbor> around(Structure structure, int i, double cutoff) {
        if (i < 0 || i >= structure.size()) {
            throw new IndexOutOfBoundsException("site " + i + " of " + structure.size());
        }
        checkSize(structure, cutoff, structure.size());
        List<Neighbor> result = new ArrayList<>();
        scan(structure, i, cutoff, result);
        return result;
    }

    /** Refuses a cutoff that would list more than {@link Structure#MAX_NEIGHBORS} neighbours for {@code pairs} pairs. */
    private static void checkSize(Structure structure, double cutoff, double pairs) {
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("neighbour cutoff must be positive and finite, got " + cutoff);
        }
        double sphere = 4.0 / 3.0 * Math.PI * cutoff * cutoff * cutoff;
        double expected = pairs * sphere / structure.lattice().volume();
        if (expected > Structure.MAX_NEIGHBORS) {
            throw new IllegalArgumentException(String.format(
                    "cutoff %.3g Å would give about %.3g neighbours for %d sites; use a smaller cutoff", cutoff, expected,
                    structure.size()));
        }
    }

    private static void scan(Structure structure, int i, double cutoff, List<Neighbor> result) {
        double[][] m = structure.lattice().matrix();
        double[] h = Mat3.columnNorms(Mat3.inverse(m)); // crystallographic reciprocal lengths
        double c2 = cutoff * cutoff;
        double[][] f = structure.fracCoords();
        for (int j = 0; j < f.length; j++) {
            double[] d = {f[j][0] - f[i][0], f[j][1] - f[i][1], f[j][2] - f[i][2]};
            int[] lo = new int[3];
            int[] hi = new int[3];
            for (int k = 0; k < 3; k++) {
                lo[k] = (int) Math.ceil(-cutoff * h[k] - d[k] - 1e-9);
                hi[k] = (int) Math.floor(cutoff * h[k] - d[k] + 1e-9);
            }
            for (int a = lo[0]; a <= hi[0]; a++) {
                for (int b = lo[1]; b <= hi[1]; b++) {
                    for (int c = lo[2]; c <= hi[2]; c++) {
                        double[] v = offset(d, a, b, c, m);
                        double r2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
                        if (r2 <= c2 && r2 > ZERO_DISTANCE * ZERO_DISTANCE) {
                            result.add(new Neighbor(i, j, new int[] {a, b, c}, Math.sqrt(r2)));
                        }
                    }
                }
            }
        }
    }

    /** Cartesian vector of the fractional difference d shifted by the image (a, b, c). */
    static double[] offset(double[] d, int a, int b, int c, double[][] m) {
        double f0 = d[0] + a;
        double f1 = d[1] + b;
        double f2 = d[2] + c;
        return new double[] {f0 * m[0][0] + f1 * m[1][0] + f2 * m[2][0], f0 * m[0][1] + f1 * m[1][1] + f2 * m[2][1],
            f0 * m[0][2] + f1 * m[1][2] + f2 * m[2][2]};
    }
}
