package org.matdesign.analysis.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.matdesign.core.LatticeParameters;
import org.matdesign.core.Mat3;
import org.matdesign.core.NiggliReduction;

/**
 * Finds a primitive cell the way pymatgen's Structure.get_primitive_structure does (tolerance in Angstrom, default
 * 0.25): candidate translations come from the smallest species group, supercell matrices in Hermite normal form are
 * tried in pymatgen's order, equivalent sites are merged by averaging, and the search recurses on the result, which is
 * then Niggli-reduced. Returns the input unchanged when no smaller cell exists.
 */
final class PrimitiveCellFinder {

    private final double tolerance;

    PrimitiveCellFinder(double tolerance) {
        this.tolerance = tolerance;
    }

    Cell find(Cell cell) {
        int n = cell.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // stable sort by species label, like Python's sorted(sites, key=species_string)
        Arrays.sort(order, Comparator.comparing(i -> cell.species[i]));
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !cell.species[order[i]].equals(cell.species[order[start]])) {
                int[] g = new int[i - start];
                for (int k = start; k < i; k++) {
                    g[k - start] = order[k];
                }
                groups.add(g);
                start = i;
            }
        }
        List<double[][]> groupFrac = new ArrayList<>();
        for (int[] g : groups) {
            double[][] f = new double[g.length][];
            for (int k = 0; k < g.length; k++) {
                f[k] = cell.frac[g[k]];
            }
            groupFrac.add(f);
        }
        double[][] smallest = groupFrac.get(0);
        for (double[][] f : groupFrac) {
            if (f.length < smallest.length) {
                smallest = f;
            }
        }
        List<double[]> minVecs = new ArrayList<>();
        for (double[] f : smallest) {
            minVecs.add(new double[] {f[0] - smallest[0][0], f[1] - smallest[0][1], f[2] - smallest[0][2]});
        }
        double[] abc = LatticeParameters.lengths(cell.lattice);
        double[] superTol = {tolerance / abc[0], tolerance / abc[1], tolerance / abc[2]};
        double[] superTol2 = {2 * superTol[0], 2 * superTol[1], 2 * superTol[2]};

        List<double[][]> bySize = new ArrayList<>(groupFrac);
        bySize.sort(Comparator.comparingInt(f -> f.length));
        for (double[][] g : bySize) {
            for (double[] f : g) {
                List<double[]> kept = new ArrayList<>();
                for (double[] v : minVecs) {
                    for (double[] h : g) {
                        if (closePbc(v, h[0] - f[0], h[1] - f[1], h[2] - f[2], superTol2)) {
                            kept.add(v);
                            break;
                        }
                    }
                }
                minVecs = kept;
            }
        }

        List<boolean[][]> nonNeighbours = new ArrayList<>();
        for (double[][] g : groupFrac) {
            boolean[][] nn = new boolean[g.length][g.length];
            for (int i = 0; i < g.length; i++) {
                for (int j = 0; j < g.length; j++) {
                    if (i == j) {
                        nn[i][j] = true;
                        continue;
                    }
                    for (int k = 0; k < 3; k++) {
                        double d = g[j][k] - g[i][k];
                        d = Math.abs(d - Math.rint(d));
                        if (d > 2 * superTol[k]) {
                            nn[i][j] = true;
                            break;
                        }
                    }
                }
            }
            nonNeighbours.add(nn);
        }

        double[] looseTol = {superTol[0] + 1e-9, superTol[1] + 1e-9, superTol[2] + 1e-9};
        int numFu = 0;
        for (int[] g : groups) {
            numFu = gcd(numFu, g.length);
        }
        for (int det = 2; det <= numFu; det++) {
            if (numFu % det != 0) {
                continue;
            }
            for (int a = 1; a <= det; a++) {
                if (det % a != 0) {
                    continue;
                }
                for (int e = 1; e <= det / a; e++) {
                    if ((det / a) % e != 0) {
                        continue;
                    }
                    int gg = det / a / e;
                    // the inverse of an upper-triangular matrix is upper triangular: its last rows depend on fewer
                    // entries, so matrices whose inverse rows are no lattice translation are skipped before tryMatrix
                    if (!nearSomeVector(minVecs, 0, 0, 1.0 / gg, looseTol)) {
                        continue;
                    }
                    boolean[] secondRowOk = new boolean[e];
                    for (int f = 0; f < e; f++) {
                        secondRowOk[f] = nearSomeVector(minVecs, 0, 1.0 / e, -f / ((double) e * gg), looseTol);
                    }
                    for (int b = 0; b < a; b++) {
                        for (int c = 0; c < a; c++) {
                            for (int f = 0; f < e; f++) {
                                if (!secondRowOk[f] || !nearSomeVector(minVecs, 1.0 / a, -b / ((double) a * e),
                                        (b * f - c * e) / ((double) a * e * gg), looseTol)) {
                                    continue;
                                }
                                double[][] m = {{a, b, c}, {0, e, f}, {0, 0, gg}};
                                Cell reduced = tryMatrix(cell, m, det, groups, groupFrac, nonNeighbours, minVecs,
                                        superTol);
                                if (reduced != null) {
                                    return reduced;
                                }
                            }
                        }
                    }
                }
            }
        }
        return cell;
    }

    private Cell tryMatrix(Cell cell, double[][] m, int size, List<int[]> groups, List<double[][]> groupFrac,
            List<boolean[][]> nonNeighbours, List<double[]> minVecs, double[] superTol) {
        double[][] invM = Mat3.inverse(m);
        for (double[] row : invM) {
            boolean found = false;
            for (double[] v : minVecs) {
                if (closePbc(v, row[0], row[1], row[2], superTol)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return null;
            }
        }
        double[][] newLattice = Mat3.multiply(invM, cell.lattice);
        double[] len = LatticeParameters.lengths(newLattice);
        double[] ftol = {tolerance / len[0], tolerance / len[1], tolerance / len[2]};
        List<String> newSpecies = new ArrayList<>();
        List<double[]> newCoords = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            double[][] gf = groupFrac.get(gi);
            boolean[][] nn = nonNeighbours.get(gi);
            int n = gf.length;
            double[][] all = new double[n][];
            for (int i = 0; i < n; i++) {
                all[i] = Mat3.rowTimes(gf[i], m);
            }
            boolean[][] eq = new boolean[n][n];
            int[] columnSums = new int[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean close = true;
                    for (int k = 0; k < 3; k++) {
                        double d = all[i][k] - all[j][k];
                        if (Math.abs(d - Math.rint(d)) >= ftol[k]) {
                            close = false;
                            break;
                        }
                    }
                    eq[i][j] = close && nn[i][j];
                    if (eq[i][j]) {
                        columnSums[j]++;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                if (columnSums[j] != size) {
                    return null;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < n; p++) {
                    if (!eq[i][p]) {
                        continue;
                    }
                    for (int q = 0; q < n; q++) {
                        if (eq[i][q] && !eq[p][q]) {
                            return null;
                        }
                    }
                }
            }
            boolean[] added = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (added[i]) {
                    continue;
                }
                double[] coords = null;
                int count = 0;
                for (int j = 0; j < n; j++) {
                    if (!eq[i][j]) {
                        continue;
                    }
                    added[j] = true;
                    double[] fj = floorMod(all[j]);
                    if (coords == null) {
                        coords = fj;
                    } else {
                        for (int k = 0; k < 3; k++) {
                            double offset = fj[k] - coords[k];
                            coords[k] += (offset - Math.rint(offset)) / (count + 1);
                        }
                    }
                    count++;
                }
                newSpecies.add(cell.species[groups.get(gi)[i]]);
                newCoords.add(coords);
            }
        }
        Cell smaller = new Cell(newLattice, newSpecies.toArray(new String[0]), newCoords.toArray(new double[0][]));
        Cell primitive = find(smaller);
        return primitive.inLattice(NiggliReduction.reduceLikePymatgen(primitive.lattice));
    }

    private static double[] floorMod(double[] f) {
        return new double[] {f[0] - Math.floor(f[0]), f[1] - Math.floor(f[1]), f[2] - Math.floor(f[2])};
    }

    /**
     * Whether (x, y, z), an inverse row computed in closed form, is near one of the vectors; looseTol is a little
     * looser than tryMatrix's tolerance so that this never rejects a row that tryMatrix (with the numerically
     * inverted matrix) would accept.
     */
    private static boolean nearSomeVector(List<double[]> vectors, double x, double y, double z, double[] looseTol) {
        for (double[] v : vectors) {
            if (closePbc(v, x, y, z, looseTol)) {
                return true;
            }
        }
        return false;
    }

    private static boolean closePbc(double[] v, double x, double y, double z, double[] tol) {
        double d0 = v[0] - x;
        if (Math.abs(d0 - Math.rint(d0)) >= tol[0]) {
            return false;
        }
        double d1 = v[1] - y;
        if (Math.abs(d1 - Math.rint(d1)) >= tol[1]) {
            return false;
        }
        double d2 = v[2] - z;
        return Math.abs(d2 - Math.rint(d2)) < tol[2];
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
