package org.matdesign.ui.structure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Neighbor;
import org.matdesign.core.Structure;
import org.matdesign.ui.structure.SceneOptions;
import org.matdesign.ui.structure.StructureScene;
import org.matdesign.ui.structure.StructureScene.Atom;
import org.matdesign.ui.structure.StructureScene.Bond;
import org.matdesign.ui.structure.StructureScene.Edge;
import org.matdesign.ui.structure.StructureScene.LegendEntry;

/**
 * Builds a {@link StructureScene}: repeated and boundary atoms, covalent bonds (across cells too), cell, legend.
 * Two atoms bond when they are closer than the tolerance times the sum of their covalent radii, except two metals
 * in a crystal that also holds non-metals (Sr–Ti in SrTiO3 is close, but not a bond anyone wants drawn).
 */
public final class SceneBuilder {

    /** Fractional slack for "lies on a face of the block", so 0.9999999 counts as 1. */
    private static final double ON_FACE = 1e-4;
    /** Covalent radius used when an element has none tabulated (Z > 103). */
    private static final double FALLBACK_COVALENT_RADIUS = 1.5;
    /** Drawn radius = this times the covalent radius, clamped, which leaves room to see the bonds. */
    private static final double DRAWN_RADIUS_SCALE = 0.4;

    private final Structure structure;
    private final SceneOptions options;
    private final Lattice lattice;
    /** In a crystal with anions, metal–metal contacts are cation–cation contacts, not bonds worth drawing. */
    private final boolean metalMetalBonds;

    public SceneBuilder(Structure structure, SceneOptions options) {
        this.structure = structure.wrapped();
        this.options = options;
        this.lattice = structure.lattice();
        this.metalMetalBonds = structure.composition().elements().stream().allMatch(Element::isMetal);
    }

    public StructureScene build() {
        List<Atom> atoms = new ArrayList<>();
        Map<ImageKey, Integer> index = new HashMap<>();
        for (int i = 0; i < structure.size(); i++) {
            addImages(i, atoms, index);
        }
        List<LegendEntry> legend = legend();
        List<Bond> bonds = bonds(atoms, index, legend);
        List<Edge> edges = cellEdges();
        double[][] box = boundingBox(atoms, edges);
        double[] center = new double[3];
        for (int k = 0; k < 3; k++) {
            center[k] = (box[0][k] + box[1][k]) / 2;
        }
        return new StructureScene(List.copyOf(atoms), List.copyOf(bonds), edges, legend, lattice.matrix(), center,
                enclosingRadius(center, atoms, edges));
    }

    /** Every image of site i inside the block [0, n] (or [0, n) without boundary atoms) along each axis. */
    private void addImages(int site, List<Atom> atoms, Map<ImageKey, Integer> index) {
        double[] f = structure.site(site).frac();
        Element element = structure.site(site).element();
        for (int ta = -1; ta <= options.na(); ta++) {
            for (int tb = -1; tb <= options.nb(); tb++) {
                for (int tc = -1; tc <= options.nc(); tc++) {
                    int[] t = {ta, tb, tc};
                    if (!inBlock(f, t)) {
                        continue;
                    }
                    double[] frac = {f[0] + ta, f[1] + tb, f[2] + tc};
                    index.put(new ImageKey(site, ta, tb, tc), atoms.size());
                    atoms.add(new Atom(element, site, frac, lattice.toCartesian(frac), drawnRadius(element)));
                }
            }
        }
    }

    private boolean inBlock(double[] f, int[] t) {
        for (int k = 0; k < 3; k++) {
            double x = f[k] + t[k];
            int n = options.repeat(k);
            boolean inside = options.boundaryAtoms()
                    ? x >= -ON_FACE && x <= n + ON_FACE
                    : t[k] >= 0 && t[k] < n;
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** Bonds between shown atoms, found with the periodic neighbour search of each site, each bond once. */
    private List<Bond> bonds(List<Atom> atoms, Map<ImageKey, Integer> index, List<LegendEntry> elements) {
        double maxRadius = 0;
        for (LegendEntry e : elements) {
            maxRadius = Math.max(maxRadius, covalentRadius(e.element()));
        }
        double cutoff = 2 * maxRadius * options.bondTolerance();
        List<List<Neighbor>> neighborsOfSite = new ArrayList<>();
        for (int i = 0; i < structure.size(); i++) {
            neighborsOfSite.add(structure.neighborsOf(i, cutoff));
        }
        List<Bond> bonds = new ArrayList<>();
        for (Map.Entry<ImageKey, Integer> entry : index.entrySet()) {
            ImageKey from = entry.getKey();
            int a = entry.getValue();
            for (Neighbor nb : neighborsOfSite.get(from.site())) {
                if (!bonded(atoms.get(a).element(), structure.site(nb.j()).element(), nb.distance())) {
                    continue;
                }
                int[] n = nb.image();
                Integer b = index.get(new ImageKey(nb.j(), from.ta() + n[0], from.tb() + n[1], from.tc() + n[2]));
                if (b != null && a < b) {
                    bonds.add(new Bond(a, b, nb.distance()));
                }
            }
        }
        bonds.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        return bonds;
    }

    private boolean bonded(Element x, Element y, double distance) {
        if (!metalMetalBonds && x.isMetal() && y.isMetal()) {
            return false;
        }
        return distance <= (covalentRadius(x) + covalentRadius(y)) * options.bondTolerance();
    }

    private List<Edge> cellEdges() {
        List<Edge> edges = new ArrayList<>(12);
        for (int axis = 0; axis < 3; axis++) {
            int u = (axis + 1) % 3;
            int v = (axis + 2) % 3;
            for (int i = 0; i <= 1; i++) {
                for (int j = 0; j <= 1; j++) {
                    double[] start = new double[3];
                    start[u] = i;
                    start[v] = j;
                    double[] end = start.clone();
                    end[axis] = 1;
                    edges.add(new Edge(lattice.toCartesian(start), lattice.toCartesian(end)));
                }
            }
        }
        return List.copyOf(edges);
    }

    private List<LegendEntry> legend() {
        Map<Element, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < structure.size(); i++) {
            counts.merge(structure.site(i).element(), 1, Integer::sum);
        }
        List<LegendEntry> legend = new ArrayList<>();
        counts.forEach((e, n) -> legend.add(new LegendEntry(e, n)));
        return List.copyOf(legend);
    }

    private static double[][] boundingBox(List<Atom> atoms, List<Edge> edges) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<double[]> points = new ArrayList<>();
        atoms.forEach(a -> points.add(a.position()));
        edges.forEach(e -> {
            points.add(e.from());
            points.add(e.to());
        });
        for (double[] p : points) {
            for (int k = 0; k < 3; k++) {
                min[k] = Math.min(min[k], p[k]);
                max[k] = Math.max(max[k], p[k]);
            }
        }
        return new double[][] {min, max};
    }

    private static double enclosingRadius(double[] center, List<Atom> atoms, List<Edge> edges) {
        double r = 0;
        for (Atom a : atoms) {
            r = Math.max(r, distance(center, a.position()) + a.radius());
        }
        for (Edge e : edges) {
            r = Math.max(r, Math.max(distance(center, e.from()), distance(center, e.to())));
        }
        return r;
    }

    private static double distance(double[] p, double[] q) {
        double dx = p[0] - q[0];
        double dy = p[1] - q[1];
        double dz = p[2] - q[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    static double covalentRadius(Element e) {
        double r = e.covalentRadius();
        return Double.isNaN(r) ? FALLBACK_COVALENT_RADIUS : r;
    }

    static double drawnRadius(Element e) {
        return Math.clamp(covalentRadius(e) * DRAWN_RADIUS_SCALE, 0.22, 0.8);
    }

    /** Site {@code site} translated by the lattice vector (ta, tb, tc). */
    private record ImageKey(int site, int ta, int tb, int tc) {
    }
}
