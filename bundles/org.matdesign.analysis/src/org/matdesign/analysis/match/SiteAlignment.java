package org.matdesign.analysis.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matdesign.core.LatticeMappings;
import org.matdesign.core.LatticeParameters;
import org.matdesign.core.Mat3;

/**
 * The site-matching core of pymatgen's StructureMatcher._strict_match: for every basis of one lattice that matches
 * the other lattice, and every candidate translation that puts a site of the rarest species onto a site of the same
 * species, check in fractional coordinates that every site has a partner within tolerance, then compute the optimal
 * one-to-one assignment of minimum-image Cartesian distances on the averaged lattice and its normalised distances.
 */
final class SiteAlignment {

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

        AlignmentDistances distances = new AlignmentDistances(rows, speciesBlocks(rowKind, colKind), settings.stol());
        Cell moving = s1Supercell ? s1 : s2;
        Cell fixed = s1Supercell ? s2 : s1;
        double[] shifted = new double[3 * rows];
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
            boolean latticeReady = false;
            for (int s1i : anchorCols) {
                double t0 = s1fc[s1i][0] - s2fc[anchorRow][0];
                double t1 = s1fc[s1i][1] - s2fc[anchorRow][1];
                double t2 = s1fc[s1i][2] - s2fc[anchorRow][2];
                for (int i = 0; i < rows; i++) {
                    shifted[3 * i] = s2fc[i][0] + t0;
                    shifted[3 * i + 1] = s2fc[i][1] + t1;
                    shifted[3 * i + 2] = s2fc[i][2] + t2;
                }
                if (!everySiteHasPartner(shifted, s1fc, fracTol, rowKind, colKind)) {
                    continue;
                }
                if (!latticeReady) {
                    distances.useLattice(avg, s1fc, normalization);
                    latticeReady = true;
                }
                double val = distances.value(shifted, useRms);
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
    private static boolean everySiteHasPartner(double[] subset, double[][] superset, double[] tol, int[] rowKind,
            int[] colKind) {
        for (int i = 0; i < rowKind.length; i++) {
            double x = subset[3 * i];
            double y = subset[3 * i + 1];
            double z = subset[3 * i + 2];
            boolean ok = false;
            for (int j = 0; j < superset.length && !ok; j++) {
                ok = rowKind[i] == colKind[j] && within(x - superset[j][0], tol[0])
                        && within(y - superset[j][1], tol[1]) && within(z - superset[j][2], tol[2]);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(double d, double tol) {
        return Math.abs(d - Math.rint(d)) <= tol;
    }

    /** For each species: its row indices followed by its column indices (equally many). */
    private static int[][] speciesBlocks(int[] rowKind, int[] colKind) {
        Map<Integer, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < rowKind.length; i++) {
            rows.computeIfAbsent(rowKind[i], k -> new ArrayList<>()).add(i);
        }
        int[][] blocks = new int[rows.size()][];
        int b = 0;
        for (Map.Entry<Integer, List<Integer>> e : rows.entrySet()) {
            List<Integer> r = e.getValue();
            int[] block = new int[2 * r.size()];
            for (int a = 0; a < r.size(); a++) {
                block[a] = r.get(a);
            }
            int c = r.size();
            for (int j = 0; j < colKind.length; j++) {
                if (colKind[j] == e.getKey()) {
                    block[c++] = j;
                }
            }
            blocks[b++] = block;
        }
        return blocks;
    }

    private static boolean sameMultiset(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }
}
