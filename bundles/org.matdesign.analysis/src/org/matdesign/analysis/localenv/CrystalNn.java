package org.matdesign.analysis.localenv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matdesign.core.Structure;

/**
 * Near-neighbour weights of pymatgen 2022.11.7 {@code CrystalNN()} with its defaults (weighted_cn=False,
 * cation_anion=False, distance_cutoffs=(0.5, 1), x_diff_weight=3, porous_adjustment=True, search_cutoff=7), for
 * structures without oxidation states. Voronoi solid angles give the base weights; they are scaled by solid
 * angle / face area (porous adjustment), by 1 + 3 sqrt(|dX|/3.3) (electronegativity), renormalised, damped by a
 * cosine between r1+r2+0.5 and r1+r2+1 A (covalent radii), rounded to 3 decimals, and every distinct weight w
 * becomes a CN candidate whose probability is the unit-semicircle integral between w and the next lower weight.
 */
public final class CrystalNn {

    /** One neighbour: vector from the central site (Cartesian, A) and its final, rounded weight. */
    public record Neighbour(int site, double[] vector, double weight) {
    }

    /** CN -> probability (CN 0 where the weights do not sum to 1) and CN -> the neighbours that CN takes. */
    public record NnData(Map<Integer, Double> cnWeights, Map<Integer, List<Neighbour>> cnNeighbours) {
    }

    private static final double SEARCH_CUTOFF = 7;
    private static final double X_DIFF_WEIGHT = 3;
    private static final double CUTOFF_LOW = 0.5;
    private static final double CUTOFF_HIGH = 1;

    private CrystalNn() {
    }

    public static NnData of(Structure structure, int n) {
        List<Raw> nn = voronoi(structure, n);
        int zc = structure.site(n).element().z();
        double x1 = CrystalNnElements.electronegativity(zc);
        List<double[]> w = new ArrayList<>();
        for (Raw r : nn) {
            double weight = r.weight * r.solidAngle / r.area;
            double x2 = CrystalNnElements.electronegativity(r.z);
            double chemical = Double.isNaN(x1) || Double.isNaN(x2) ? 1
                    : 1 + X_DIFF_WEIGHT * Math.sqrt(Math.abs(x1 - x2) / 3.3);
            r.weight = weight * chemical;
        }
        nn.sort(Comparator.comparingDouble((Raw r) -> r.weight).reversed());
        if (nn.isEmpty() || nn.get(0).weight == 0) {
            return zero();
        }
        double highest = nn.get(0).weight;
        double r1 = CrystalNnElements.radius(zc);
        for (Raw r : nn) {
            r.weight /= highest;
            double d = r1 + CrystalNnElements.radius(r.z);
            double dist = Math.sqrt(VoronoiCell.dot(r.vector, r.vector));
            double low = d + CUTOFF_LOW;
            double high = d + CUTOFF_HIGH;
            double distWeight = 0;
            if (dist <= low) {
                distWeight = 1;
            } else if (dist < high) {
                distWeight = (Math.cos((dist - low) / (high - low) * Math.PI) + 1) * 0.5;
            }
            r.weight *= distWeight;
        }
        nn.sort(Comparator.comparingDouble((Raw r) -> r.weight).reversed());
        if (nn.get(0).weight == 0) {
            return zero();
        }
        List<Neighbour> kept = new ArrayList<>();
        for (Raw r : nn) {
            // Python's round(x, 3): correctly rounded from the double's exact value, ties to even.
            double rounded = new BigDecimal(r.weight).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
            if (rounded > 0) {
                kept.add(new Neighbour(r.site, r.vector, rounded));
            }
        }
        List<Double> bins = new ArrayList<>();
        for (Neighbour e : kept) {
            if (bins.isEmpty() || bins.get(bins.size() - 1) != e.weight) {
                bins.add(e.weight);
            }
        }
        bins.add(0.0);
        Map<Integer, Double> cnWeights = new LinkedHashMap<>();
        Map<Integer, List<Neighbour>> cnNeighbours = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i + 1 < bins.size(); i++) {
            double val = bins.get(i);
            List<Neighbour> info = new ArrayList<>();
            for (Neighbour e : kept) {
                if (e.weight >= val) {
                    info.add(e);
                }
            }
            double wt = semicircleIntegral(bins, i);
            cnNeighbours.put(info.size(), info);
            cnWeights.put(info.size(), wt);
            sum += wt;
        }
        double cn0 = 1.0 - sum;
        if (cn0 > 0) {
            cnWeights.put(0, cn0);
            cnNeighbours.put(0, List.of());
        }
        return new NnData(cnWeights, cnNeighbours);
    }

    private static NnData zero() {
        return new NnData(Map.of(0, 1.0), Map.of(0, List.of()));
    }

    static double semicircleIntegral(List<Double> bins, int idx) {
        double x1 = bins.get(idx);
        double x2 = bins.get(idx + 1);
        double area1 = x1 == 1 ? 0.25 * Math.PI : 0.5 * (x1 * Math.sqrt(1 - x1 * x1) + Math.atan(x1 / Math.sqrt(1 - x1 * x1)));
        double area2 = 0.5 * (x2 * Math.sqrt(1 - x2 * x2) + Math.atan(x2 / Math.sqrt(1 - x2 * x2)));
        return (area1 - area2) / (0.25 * Math.PI);
    }

    /** A Voronoi neighbour before CrystalNN's adjustments; weight = solid angle / largest solid angle. */
    private static final class Raw {
        final int site;
        final int z;
        final double[] vector;
        final double solidAngle;
        final double area;
        double weight;

        Raw(int site, int z, double[] vector, double solidAngle, double area) {
            this.site = site;
            this.z = z;
            this.vector = vector;
            this.solidAngle = solidAngle;
            this.area = area;
        }
    }

    /**
     * VoronoiNN(weight="solid_angle", cutoff=7).get_nn_info: the cell from all sites within the cutoff; when they do
     * not enclose the site (qhull's infinite vertex), the cutoff doubles up to the cell's longest corner diagonal.
     */
    private static List<Raw> voronoi(Structure structure, int n) {
        double[][] m = structure.lattice().matrix();
        double maxCutoff = 0;
        int[][] corners = {{1, 1, 1}, {-1, 1, 1}, {1, -1, 1}, {1, 1, -1}};
        for (int[] c : corners) {
            double[] v = new double[3];
            for (int k = 0; k < 3; k++) {
                v[k] = c[0] * m[0][k] + c[1] * m[1][k] + c[2] * m[2][k];
            }
            maxCutoff = Math.max(maxCutoff, Math.sqrt(VoronoiCell.dot(v, v)));
        }
        maxCutoff += 0.01;
        double cutoff = SEARCH_CUTOFF;
        while (true) {
            SphereNeighbours sphere = SphereNeighbours.of(structure, n, cutoff);
            VoronoiCell cell = VoronoiCell.of(sphere.vectors(), 10 * cutoff + 100);
            if (!cell.unbounded()) {
                List<Raw> out = new ArrayList<>();
                double max = 0;
                for (VoronoiCell.Face f : cell.faces()) {
                    double sa = VoronoiCell.solidAngle(f.vertices());
                    int s = sphere.sites()[f.owner()];
                    out.add(new Raw(s, structure.site(s).element().z(), sphere.vectors()[f.owner()], sa,
                            VoronoiCell.area(f.vertices())));
                    max = Math.max(max, sa);
                }
                List<Raw> kept = new ArrayList<>();
                for (Raw r : out) {
                    if (r.solidAngle > 0) {
                        r.weight = r.solidAngle / max;
                        kept.add(r);
                    }
                }
                return kept;
            }
            if (cutoff >= maxCutoff) {
                throw new IllegalArgumentException("site " + n + ": Voronoi cell not closed within " + cutoff
                        + " A (isolated site)");
            }
            cutoff = Math.min(cutoff * 2, maxCutoff + 0.001);
        }
    }
}
