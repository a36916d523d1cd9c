package org.matdesign.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Lattice points within a sphere around the origin. The order reproduces pymatgen's find_points_in_spheres (images
 * binned into cubes of edge r, cubes visited in index order, each cube's linked list read newest first) because
 * pymatgen's Niggli reduction keeps the first basis found in that order, and the orientation of the reduced cell
 * slightly influences the averaged lattice of later comparisons.
 */
final class LatticePoints {

    /** Integer coordinates, Cartesian vectors and lengths of the points, in pymatgen's order. */
    final List<int[]> images = new ArrayList<>();
    final List<double[]> cartesian = new ArrayList<>();
    final List<Double> lengths = new ArrayList<>();

    private LatticePoints() {
    }

    static LatticePoints within(double[][] lattice, double r) {
        final double tol = 1e-8;
        double ledge = r < 0.1 ? 0.1 : r;
        double validMin = -r - tol;
        double validMax = r + tol;
        double[] recip = LatticeParameters.reciprocalLengths(lattice);
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            double maxr = Math.ceil((r + 0.15) * recip[k] / (2 * Math.PI));
            lo[k] = (int) Math.floor(-maxr - 1e-8);
            hi[k] = (int) Math.ceil(maxr + 1e-8);
        }
        int ncube = (int) Math.ceil((validMax - validMin) / ledge);
        List<List<Integer>> cubes = new ArrayList<>();
        for (int c = 0; c < ncube * ncube * ncube; c++) {
            cubes.add(new ArrayList<>());
        }
        List<int[]> expandedImages = new ArrayList<>();
        List<double[]> expanded = new ArrayList<>();
        for (int i = lo[0]; i < hi[0]; i++) {
            for (int j = lo[1]; j < hi[1]; j++) {
                for (int k = lo[2]; k < hi[2]; k++) {
                    double[] c = new double[3];
                    for (int m = 0; m < 3; m++) {
                        c[m] = i * lattice[0][m] + j * lattice[1][m] + k * lattice[2][m];
                    }
                    if (c[0] > validMin && c[0] < validMax && c[1] > validMin && c[1] < validMax
                            && c[2] > validMin && c[2] < validMax) {
                        int[] cube = new int[3];
                        for (int m = 0; m < 3; m++) {
                            cube[m] = (int) Math.floor((c[m] - validMin + 1e-8) / ledge);
                        }
                        if (cube[0] < 0 || cube[1] < 0 || cube[2] < 0 || cube[0] >= ncube || cube[1] >= ncube
                                || cube[2] >= ncube) {
                            continue;
                        }
                        cubes.get((cube[0] * ncube + cube[1]) * ncube + cube[2]).add(expanded.size());
                        expandedImages.add(new int[] {i, j, k});
                        expanded.add(c);
                    }
                }
            }
        }
        // the centre (origin) sits in cube floor((r + tol + 1e-8) / ledge) on each axis; visit its neighbour cubes
        int centre = (int) Math.floor((0 - validMin + 1e-8) / ledge);
        LatticePoints out = new LatticePoints();
        double r2 = r * r;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = -1; dz <= 1; dz++) {
                    int cx = centre + dx;
                    int cy = centre + dy;
                    int cz = centre + dz;
                    if (cx < 0 || cy < 0 || cz < 0 || cx >= ncube || cy >= ncube || cz >= ncube) {
                        continue;
                    }
                    List<Integer> members = cubes.get((cx * ncube + cy) * ncube + cz);
                    for (int p = members.size() - 1; p >= 0; p--) {
                        int idx = members.get(p);
                        double[] c = expanded.get(idx);
                        double d2 = c[0] * c[0] + c[1] * c[1] + c[2] * c[2];
                        if (d2 < r2 + tol) {
                            out.images.add(expandedImages.get(idx));
                            out.cartesian.add(c);
                            out.lengths.add(Math.sqrt(d2));
                        }
                    }
                }
            }
        }
        return out;
    }
}
