package org.matdesign.models.meidnet;

import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Structure -> {@link CrystalFeatures}, the same for every description of the same crystal:
 * <ol>
 * <li>the cell is Niggli-reduced, so another cell choice gives the same lattice and metric;</li>
 * <li>sites are ordered by (how many atoms of that element the cell holds ascending, Z descending), so the
 * decoder's slot i has a stable meaning (for ABX3: the two cations first, anions last);</li>
 * <li>among the point symmetries of the reduced lattice and the atoms of the first species as origin, the
 * description with the lexicographically smallest coordinate list (compared on a 1/8 grid first, so that small
 * distortions do not decide) is kept; coordinates are wrapped into [0,1) and atoms of one element sorted by
 * their coordinates.</li>
 * </ol>
 * The encoder does not need 2-3 (it is invariant to them); they make the decoder's targets well defined.
 */
public final class Featurizer {

    private static final double SNAP = 1e-6;
    private static final double COARSE = 8;
    private static final double FINE = 1e4;

    private final ModelConfig config;

    public Featurizer(ModelConfig config) {
        this.config = config;
    }

    public CrystalFeatures featurize(Structure structure) {
        int n = structure.size();
        if (n < 1 || n > config.maxAtoms()) {
            throw new IllegalArgumentException("structure " + structure.composition() + " has " + n
                    + " atoms; the model handles 1.." + config.maxAtoms());
        }
        Lattice reduced = structure.lattice().niggliReduced();
        List<Site> sites = structure.sites();
        int[] species = new int[n];
        double[][] frac = new double[n][];
        int[] zs = new int[n];
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Site site = sites.get(i);
            String symbol = site.element().symbol();
            int index = config.elementIndex(symbol);
            if (index < 0) {
                throw new IllegalArgumentException("element " + symbol + " of " + structure.composition()
                        + " is not in the model's vocabulary " + config.elements());
            }
            species[i] = index;
            frac[i] = wrap(reduced.toFractional(structure.cartesian(i)));
            zs[i] = site.element().z();
            counts.merge(zs[i], 1, Integer::sum);
        }
        Comparator<Integer> bySpecies = Comparator.<Integer>comparingInt(i -> counts.get(zs[i]))
                .thenComparingInt(i -> -zs[i]);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(bySpecies);
        int firstZ = zs[order.get(0)];
        double[][] metric = reduced.metricTensor();
        List<Integer> best = null;
        double[][] bestFrac = null;
        for (int[][] op : latticeSymmetries(metric)) {
            double[][] rotated = new double[n][];
            for (int i = 0; i < n; i++) {
                rotated[i] = wrap(times(frac[i], op));
            }
            for (int anchor : order) {
                if (zs[anchor] != firstZ) {
                    continue;
                }
                double[][] shifted = new double[n][];
                for (int i = 0; i < n; i++) {
                    shifted[i] = wrap(new double[] {rotated[i][0] - rotated[anchor][0],
                            rotated[i][1] - rotated[anchor][1], rotated[i][2] - rotated[anchor][2]});
                }
                List<Integer> candidate = new ArrayList<>(order);
                candidate.sort(bySpecies.thenComparing((x, y) -> compareCoords(shifted[x], shifted[y])));
                if (best == null || compareLists(candidate, shifted, best, bestFrac) < 0) {
                    best = candidate;
                    bestFrac = shifted;
                }
            }
        }
        int[] outSpecies = new int[n];
        float[][] outFrac = new float[n][3];
        for (int k = 0; k < n; k++) {
            int i = best.get(k);
            outSpecies[k] = species[i];
            for (int a = 0; a < 3; a++) {
                outFrac[k][a] = (float) bestFrac[i][a];
            }
        }
        boolean[][] adjacency = new boolean[n][n];
        double cutoff2 = config.adjacencyCutoff() * config.adjacencyCutoff();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                adjacency[i][j] = i != j && minimumImage2(outFrac[i], outFrac[j], metric) < cutoff2;
            }
        }
        return new CrystalFeatures(outSpecies, outFrac, reduced.matrix(), reduced.parameters(), adjacency);
    }

    /** Squared minimum-image distance over the 27 neighbouring images (exact for reduced cells). */
    static double minimumImage2(float[] fi, float[] fj, double[][] metric) {
        double best = Double.MAX_VALUE;
        double[] d = new double[3];
        for (int x = -1; x <= 1; x++) {
            for (int y = -1; y <= 1; y++) {
                for (int z = -1; z <= 1; z++) {
                    double[] base = {fj[0] - fi[0], fj[1] - fi[1], fj[2] - fi[2]};
                    d[0] = base[0] - Math.rint(base[0]) + x;
                    d[1] = base[1] - Math.rint(base[1]) + y;
                    d[2] = base[2] - Math.rint(base[2]) + z;
                    double s = 0;
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            s += d[a] * metric[a][b] * d[b];
                        }
                    }
                    best = Math.min(best, s);
                }
            }
        }
        return best;
    }

    static double[] wrap(double[] f) {
        double[] out = new double[3];
        for (int a = 0; a < 3; a++) {
            double v = f[a] - Math.floor(f[a]);
            out[a] = v > 1 - SNAP || v < SNAP ? 0 : v;
        }
        return out;
    }

    /**
     * Integer matrices M (entries -1..1, |det| = 1) with M G M^T = G: the point symmetries of the reduced lattice.
     * f -> f M maps the crystal onto a congruent copy in the same cell (Cartesian positions move by an isometry);
     * the canonical form is the smallest over all of them, so the decoder target does not depend on which of the
     * equivalent orientations the input happened to use.
     */
    static List<int[][]> latticeSymmetries(double[][] g) {
        double scale = Math.max(g[0][0], Math.max(g[1][1], g[2][2]));
        List<int[][]> ops = new ArrayList<>();
        int[] e = new int[9];
        for (int code = 0; code < 19683; code++) {
            int c = code;
            for (int k = 0; k < 9; k++) {
                e[k] = c % 3 - 1;
                c /= 3;
            }
            int det = e[0] * (e[4] * e[8] - e[5] * e[7]) - e[1] * (e[3] * e[8] - e[5] * e[6])
                    + e[2] * (e[3] * e[7] - e[4] * e[6]);
            if (det != 1 && det != -1) {
                continue;
            }
            boolean keeps = true;
            for (int i = 0; i < 3 && keeps; i++) {
                for (int j = 0; j < 3 && keeps; j++) {
                    double v = 0;
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            v += e[i * 3 + a] * g[a][b] * e[j * 3 + b];
                        }
                    }
                    keeps = Math.abs(v - g[i][j]) <= 1e-3 * scale;
                }
            }
            if (keeps) {
                ops.add(new int[][] {{e[0], e[1], e[2]}, {e[3], e[4], e[5]}, {e[6], e[7], e[8]}});
            }
        }
        return ops;
    }

    /** Row vector f times M. */
    private static double[] times(double[] f, int[][] m) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 3; j++) {
                out[k] += f[j] * m[j][k];
            }
        }
        return out;
    }

    /** Coarse grid first (so small distortions do not decide the order), then fine. */
    private static int compareCoords(double[] a, double[] b) {
        int c = compareOnGrid(a, b, COARSE);
        return c != 0 ? c : compareOnGrid(a, b, FINE);
    }

    /** Whole list on the coarse grid first, then on the fine grid. */
    private static int compareLists(List<Integer> a, double[][] fa, List<Integer> b, double[][] fb) {
        for (double grid : new double[] {COARSE, FINE}) {
            for (int k = 0; k < a.size(); k++) {
                int c = compareOnGrid(fa[a.get(k)], fb[b.get(k)], grid);
                if (c != 0) {
                    return c;
                }
            }
        }
        return 0;
    }

    private static int compareOnGrid(double[] a, double[] b, double grid) {
        long g = Math.round(grid);
        for (int k = 0; k < 3; k++) {
            long x = Math.round(a[k] * grid) % g;
            long y = Math.round(b[k] * grid) % g;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
