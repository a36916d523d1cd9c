package org.matdesign.core;

import java.util.ArrayList;
import java.util.List;

/** Lattice points of a supercell, as pymatgen's {@code lattice_points_in_supercell}. */
final class Supercells {

    private Supercells() {
    }

    static void check(int[][] scaling) {
        if (scaling == null || scaling.length != 3) {
            throw new IllegalArgumentException("supercell matrix must be 3x3");
        }
        for (int[] row : scaling) {
            if (row == null || row.length != 3) {
                throw new IllegalArgumentException("supercell matrix must be 3x3");
            }
        }
    }

    /** Points of the original lattice inside the supercell, in supercell fractional coordinates, a-major order. */
    static List<double[]> latticePoints(double[][] s) {
        int[] min = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] max = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int corner = 0; corner < 8; corner++) {
            double[] c = {(corner >> 2) & 1, (corner >> 1) & 1, corner & 1};
            double[] p = Mat3.rowTimes(c, s);
            for (int k = 0; k < 3; k++) {
                min[k] = Math.min(min[k], (int) Math.round(p[k]));
                max[k] = Math.max(max[k], (int) Math.round(p[k]));
            }
        }
        double[][] inv = Mat3.inverse(s);
        long expected = Math.round(Math.abs(Mat3.det(s)));
        List<double[]> points = new ArrayList<>();
        for (int a = min[0]; a <= max[0]; a++) {
            for (int b = min[1]; b <= max[1]; b++) {
                for (int c = min[2]; c <= max[2]; c++) {
                    double[] f = Mat3.rowTimes(new double[] {a, b, c}, inv);
                    if (f[0] >= -1e-10 && f[1] >= -1e-10 && f[2] >= -1e-10
                            && f[0] < 1 - 1e-10 && f[1] < 1 - 1e-10 && f[2] < 1 - 1e-10) {
                        points.add(f);
                    }
                }
            }
        }
        if (points.size() != expected) {
            throw new IllegalStateException("found " + points.size() + " lattice points in a supercell of volume " + expected);
        }
        return points;
    }
}
