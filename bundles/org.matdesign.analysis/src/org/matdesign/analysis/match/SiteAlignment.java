package org.matdesign.analysis.match;

import java.util.ArrayList;
import java.util.List;
import org.matdesign.core.LatticeMappings;
import org.matdesign.core.LatticeParameters;
import org.matdesign.core.LllReduction;
import org.matdesign.core.Mat3;

/**
 * The site-matching core of pymatgen's StructureMatcher._strict_match: for every basis of one lattice that matches
 * the other lattice, and every candidate translation that puts a site of the rarest species onto a site of the same
 * species, check in fractional coordinates that every site has a partner within tolerance, then compute the optimal
 * one-to-one assignment of minimum-image Cartesian distances on the averaged lattice and its normalised distances.
 */
final class SiteAlignment {

    /** Cost given to pairs that may not be matched (different species or outside the fractional tolerance). */
    private static final double FORBIDDEN = 1e20;

    private static final int[][] IMAGES = new int[27][];

    static {
        int n = 0;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    IMAGES[n++] = new int[] {i, j, k};
                }
            }
        }
    }

    private final MatcherSettings settings;

    SiteAlignment(MatcherSettings settings) {
        this.settings = settings;
    }

    /**
     * @param s1          structure whose sites (times fu when s1Supercell) are the columns
     * @param s2          structure whose sites (times fu otherwise) are the rows
     * @param useRms      minimise the rms (get_rms_dist) instead of the maximum distance (fit)
     * @param stopAtFirst stop at the first alignment within stol (fit)
     * @return the best value (rms or max normalised distance) below stol, or NaN when there is none
     */
    double match(Cell s1, Cell s2, int fu, boolean s1Supercell, boolean useRms, boolean stopAtFirst) {
        int rows = s1Supercell ? s2.size() : s2.size() * fu;
        int cols = s1Supercell ? s1.size() * fu : s1.size();
        if (rows != cols) {
            return Double.NaN;
        }
        int[] rowKind = new int[rows];
        int[] colKind = new int[cols];
        for (int i = 0; i < rows; i++) {
            rowKind[i] = s1Supercell ? s2.kinds[i] : s2.kinds[i / fu];
        }
        for (int j = 0; j < cols; j++) {
            colKind[j] = s1Supercell ? s1.kinds[j / fu] : s1.kinds[j];
        }
        if (!sameMultiset(rowKind, colKind)) {
            return Double.NaN;
        }
        // the row with the most forbidden partners is the first site of the rarest species
        int anchorRow = 0;
        int bestForbidden = -1;
        for (int i = 0; i < rows; i++) {
            int forbidden = 0;
            for (int j = 0; j < cols; j++) {
                if (colKind[j] != rowKind[i]) {
                    forbidden++;
                }
            }
            if (forbidden > bestForbidden) {
                bestForbidden = forbidden;
                anchorRow = i;
            }
        }
        List<Integer> anchorCols = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            if (colKind[j] == rowKind[anchorRow]) {
                anchorCols.add(j);
            }
        }
        if (s1Supercell && fu > 1) {
            List<Integer> every = new ArrayList<>();
            for (int k = 0; k < anchorCols.size(); k += fu) {
                every.add(anchorCols.get(k));
            }
            anchorCols = every;
        }

        List<int[][]> blocks = speciesBlocks(rowKind, colKind);
        Cell moving = s1Supercell ? s1 : s2;
        Cell fixed = s1Supercell ? s2 : s1;
        double best = Double.NaN;
        for (LatticeMappings.Mapping mapping : LatticeMappings.find(moving.lattice, fixed.lattice, settings.ltol(),
                settings.angleTol())) {
            long det = Math.abs(LatticeMappings.intDet(mapping.scale()));
            if (Math.abs(det - fu) >= 0.5) {
                continue;
            }
            double[][] movingFrac = supercellFrac(moving, mapping, fu);
            double[][] s1fc = s1Supercell ? movingFrac : fixed.frac;
            double[][] s2fc = s1Supercell ? fixed.frac : movingFrac;
            double[][] avg = averageLattice(mapping.aligned(), fixed.lattice);
            double normalization = Math.cbrt(s1fc.length / Mat3.volume(avg));
            double[] recip = LatticeParameters.reciprocalLengths(avg);
            double[] fracTol = new double[3];
            for (int k = 0; k < 3; k++) {
                fracTol[k] = recip[k] * settings.stol() / (Math.PI * normalization);
            }
            LllReduction lll = null;
            for (int s1i : anchorCols) {
                double[] t = new double[3];
                for (int k = 0; k < 3; k++) {
                    t[k] = s1fc[s1i][k] - s2fc[anchorRow][k];
                }
                double[][] shifted = new double[rows][3];
                for (int i = 0; i < rows; i++) {
                    for (int k = 0; k < 3; k++) {
                        shifted[i][k] = s2fc[i][k] + t[k];
                    }
                }
                if (!everySiteHasPartner(shifted, s1fc, fracTol, rowKind, colKind)) {
                    continue;
                }
                if (lll == null) {
                    lll = LllReduction.of(avg);
                }
                double val = normalisedDistances(s1fc, shifted, lll, normalization, blocks, useRms);
                if (Double.isNaN(best) || val < best) {
                    best = val;
                    if ((stopAtFirst || val < 1e-5) && val < settings.stol()) {
                        return best;
                    }
                }
            }
        }
        return !Double.isNaN(best) && best < settings.stol() ? best : Double.NaN;
    }

    /** Fractional coordinates of the moving structure in the basis (or supercell) given by the mapping. */
    private static double[][] supercellFrac(Cell moving, LatticeMappings.Mapping mapping, int fu) {
        if (fu == 1) {
            double[][] inv = Mat3.inverse(mapping.aligned());
            double[][] cart = moving.cartesian();
            double[][] out = new double[cart.length][];
            for (int i = 0; i < cart.length; i++) {
                double[] f = Mat3.rowTimes(cart[i], inv);
                for (int k = 0; k < 3; k++) {
                    f[k] -= Math.floor(f[k]);
                }
                out[i] = f;
            }
            return out;
        }
        double[][] scale = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                scale[i][j] = mapping.scale()[i][j];
            }
        }
        double[][] inv = Mat3.inverse(scale);
        double[][] points = latticePointsInSupercell(scale, inv);
        double[][] out = new double[moving.size() * points.length][];
        int n = 0;
        for (double[] f0 : moving.frac) {
            double[] f = Mat3.rowTimes(f0, inv);
            for (double[] p : points) {
                double[] g = new double[3];
                for (int k = 0; k < 3; k++) {
                    g[k] = f[k] + p[k];
                    g[k] -= Math.floor(g[k]);
                }
                out[n++] = g;
            }
        }
        return out;
    }

    /** pymatgen util.coord.lattice_points_in_supercell. */
    static double[][] latticePointsInSupercell(double[][] scale, double[][] inv) {
        int[] mins = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] maxs = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int c = 0; c < 8; c++) {
            double[] d = {(c >> 2) & 1, (c >> 1) & 1, c & 1};
            double[] p = Mat3.rowTimes(d, scale);
            for (int k = 0; k < 3; k++) {
                mins[k] = Math.min(mins[k], (int) Math.round(p[k]));
                maxs[k] = Math.max(maxs[k], (int) Math.round(p[k]) + 1);
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int a = mins[0]; a < maxs[0]; a++) {
            for (int b = mins[1]; b < maxs[1]; b++) {
                for (int c = mins[2]; c < maxs[2]; c++) {
                    double[] f = Mat3.rowTimes(new double[] {a, b, c}, inv);
                    if (f[0] < 1 - 1e-10 && f[1] < 1 - 1e-10 && f[2] < 1 - 1e-10
                            && f[0] >= -1e-10 && f[1] >= -1e-10 && f[2] >= -1e-10) {
                        out.add(f);
                    }
                }
            }
        }
        return out.toArray(new double[0][]);
    }

    private static double[][] averageLattice(double[][] l1, double[][] l2) {
        double[] p1 = LatticeParameters.of(l1);
        double[] p2 = LatticeParameters.of(l2);
        double[] p = new double[6];
        for (int k = 0; k < 6; k++) {
            p[k] = (p1[k] + p2[k]) / 2;
        }
        return LatticeParameters.toMatrix(p);
    }

    /** pymatgen is_coord_subset_pbc: each shifted site has a same-species site within the fractional tolerance. */
    private static boolean everySiteHasPartner(double[][] subset, double[][] superset, double[] tol, int[] rowKind,
            int[] colKind) {
        for (int i = 0; i < subset.length; i++) {
            boolean ok = false;
            for (int j = 0; j < superset.length && !ok; j++) {
                if (rowKind[i] != colKind[j]) {
                    continue;
                }
                ok = true;
                for (int k = 0; k < 3; k++) {
                    double d = subset[i][k] - superset[j][k];
                    if (Math.abs(d - Math.rint(d)) > tol[k]) {
                        ok = false;
                        break;
                    }
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * pymatgen _cart_dists on the LLL basis of the averaged lattice: shortest vectors among 27 images, optimal
     * assignment of squared distances, removal of the mean displacement, distances divided by (V/N)^(1/3).
     */
    private double normalisedDistances(double[][] s1fc, double[][] s2fc, LllReduction lll, double normalization,
            List<int[][]> blocks, boolean useRms) {
        double[][] lat = lll.matrix();
        double[] recip = LatticeParameters.reciprocalLengths(lat);
        double[] lllTol = new double[3];
        for (int k = 0; k < 3; k++) {
            lllTol[k] = recip[k] * settings.stol() / (Math.PI * normalization);
        }
        double[][] images = new double[27][];
        for (int m = 0; m < 27; m++) {
            images[m] = Mat3.rowTimes(new double[] {IMAGES[m][0], IMAGES[m][1], IMAGES[m][2]}, lat);
        }
        int n = s2fc.length;
        double[][] f1 = new double[n][];
        double[][] c1 = new double[n][];
        double[][] f2 = new double[s1fc.length][];
        double[][] c2 = new double[s1fc.length][];
        for (int i = 0; i < n; i++) {
            f1[i] = lll.toLllFractional(s2fc[i]);
            c1[i] = Mat3.rowTimes(floorMod(f1[i]), lat);
        }
        for (int j = 0; j < s1fc.length; j++) {
            f2[j] = lll.toLllFractional(s1fc[j]);
            c2[j] = Mat3.rowTimes(floorMod(f2[j]), lat);
        }
        // pairs of different species are forbidden, so the assignment splits into one block per species
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] vz = new double[n];
        double[] mean = new double[3];
        for (int[][] block : blocks) {
            int[] rows = block[0];
            int[] cols = block[1];
            int m = rows.length;
            double[][] d2 = new double[m][m];
            double[][] bx = new double[m][m];
            double[][] by = new double[m][m];
            double[][] bz = new double[m][m];
            for (int a = 0; a < m; a++) {
                int i = rows[a];
                for (int b = 0; b < m; b++) {
                    int j = cols[b];
                    boolean within = true;
                    for (int k = 0; k < 3; k++) {
                        double fd = f2[j][k] - f1[i][k];
                        if (Math.abs(fd - Math.rint(fd)) > lllTol[k]) {
                            within = false;
                            break;
                        }
                    }
                    if (!within) {
                        d2[a][b] = FORBIDDEN;
                        continue;
                    }
                    double px = c2[j][0] - c1[i][0];
                    double py = c2[j][1] - c1[i][1];
                    double pz = c2[j][2] - c1[i][2];
                    double best = Double.MAX_VALUE;
                    int bestImage = 0;
                    for (int q = 0; q < 27; q++) {
                        double dx = px + images[q][0];
                        double dy = py + images[q][1];
                        double dz = pz + images[q][2];
                        double d = dx * dx + dy * dy + dz * dz;
                        if (d < best) {
                            best = d;
                            bestImage = q;
                        }
                    }
                    d2[a][b] = best;
                    bx[a][b] = px + images[bestImage][0];
                    by[a][b] = py + images[bestImage][1];
                    bz[a][b] = pz + images[bestImage][2];
                }
            }
            int[] assignment = LinearAssignment.solve(d2);
            for (int a = 0; a < m; a++) {
                int b = assignment[a];
                if (d2[a][b] >= FORBIDDEN) {
                    // pymatgen would average 1e20 vectors here: the result is far above any tolerance
                    return Double.POSITIVE_INFINITY;
                }
                int i = rows[a];
                vx[i] = bx[a][b];
                vy[i] = by[a][b];
                vz[i] = bz[a][b];
                mean[0] += vx[i] / n;
                mean[1] += vy[i] / n;
                mean[2] += vz[i] / n;
            }
        }
        double sumSquares = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double dx = vx[i] - mean[0];
            double dy = vy[i] - mean[1];
            double dz = vz[i] - mean[2];
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz) * normalization;
            sumSquares += d * d;
            max = Math.max(max, d);
        }
        return useRms ? Math.sqrt(sumSquares / n) : max;
    }

    /** For each species: the row indices and the column indices of that species (equally many). */
    private static List<int[][]> speciesBlocks(int[] rowKind, int[] colKind) {
        java.util.Map<Integer, List<Integer>> rows = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, List<Integer>> cols = new java.util.HashMap<>();
        for (int i = 0; i < rowKind.length; i++) {
            rows.computeIfAbsent(rowKind[i], k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < colKind.length; j++) {
            cols.computeIfAbsent(colKind[j], k -> new ArrayList<>()).add(j);
        }
        List<int[][]> blocks = new ArrayList<>();
        for (java.util.Map.Entry<Integer, List<Integer>> e : rows.entrySet()) {
            int[] r = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            int[] c = cols.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray();
            blocks.add(new int[][] {r, c});
        }
        return blocks;
    }

    private static double[] floorMod(double[] f) {
        return new double[] {f[0] - Math.floor(f[0]), f[1] - Math.floor(f[1]), f[2] - Math.floor(f[2])};
    }

    private static boolean sameMultiset(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }
}
