package org.matdesign.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A periodic crystal: a lattice and sites with fractional coordinates. Immutable. Coordinates are kept as given
 * (not wrapped into the cell) unless {@link #wrapped()} is asked for.
 */
public final class Structure {

    /** 1 amu in grams (scipy CODATA 2018, as pymatgen uses). */
    static final double AMU_IN_GRAMS = 1.6605390666e-24;
    /** Neighbour lists larger than this are refused instead of exhausting memory. */
    static final long MAX_NEIGHBORS = 50_000_000L;

    private final Lattice lattice;
    private final List<Site> sites;
    private final Composition composition;

    /**
     * @throws IllegalArgumentException when there are no sites or a coordinate is not finite
     */
    public Structure(Lattice lattice, List<Site> sites) {
        this.lattice = Objects.requireNonNull(lattice, "lattice");
        Objects.requireNonNull(sites, "sites");
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a structure needs at least one site");
        }
        List<Site> copy = new ArrayList<>(sites.size());
        LinkedHashMap<Element, Double> amounts = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Site s = Objects.requireNonNull(sites.get(i), "site " + i);
            for (int k = 0; k < 3; k++) {
                if (!Double.isFinite(s.frac(k))) {
                    throw new IllegalArgumentException("site " + i + " (" + s.species() + ") has a non-finite coordinate");
                }
            }
            copy.add(s);
            amounts.merge(s.element(), 1.0, Double::sum);
        }
        this.sites = Collections.unmodifiableList(copy);
        this.composition = Composition.of(amounts);
    }

    /** A structure from parallel lists of species and fractional coordinates. */
    public static Structure of(Lattice lattice, List<Species> species, List<double[]> fracCoords) {
        if (species.size() != fracCoords.size()) {
            throw new IllegalArgumentException(species.size() + " species but " + fracCoords.size() + " coordinates");
        }
        List<Site> sites = new ArrayList<>(species.size());
        for (int i = 0; i < species.size(); i++) {
            sites.add(new Site(species.get(i), fracCoords.get(i)));
        }
        return new Structure(lattice, sites);
    }

    public Lattice lattice() {
        return lattice;
    }

    public List<Site> sites() {
        return sites;
    }

    public int size() {
        return sites.size();
    }

    public Site site(int i) {
        return sites.get(i);
    }

    /** Cartesian position of site i in Å. */
    public double[] cartesian(int i) {
        return lattice.toCartesian(sites.get(i).frac());
    }

    /** Fractional coordinates of all sites (copies). */
    public double[][] fracCoords() {
        double[][] f = new double[sites.size()][];
        for (int i = 0; i < f.length; i++) {
            f[i] = sites.get(i).frac();
        }
        return f;
    }

    /** Element counts in order of first appearance. */
    public Composition composition() {
        return composition;
    }

    public double volume() {
        return lattice.volume();
    }

    /** Density in g/cm³ (as pymatgen's {@code Structure.density}). */
    public double density() {
        return composition.weight() * AMU_IN_GRAMS / (lattice.volume() * 1e-24);
    }

    /** Diagonal supercell na × nb × nc. */
    public Structure supercell(int na, int nb, int nc) {
        return supercell(new int[][] {{na, 0, 0}, {0, nb, 0}, {0, 0, nc}});
    }

    /**
     * Supercell with new lattice = scaling · lattice (pymatgen {@code make_supercell}); site-major order, every
     * site repeated for each lattice point of the supercell; coordinates not wrapped.
     */
    public Structure supercell(int[][] scaling) {
        Supercells.check(scaling);
        double[][] s = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s[i][j] = scaling[i][j];
            }
        }
        if (Math.abs(Mat3.det(s)) < 0.5) {
            throw new IllegalArgumentException("supercell matrix is singular");
        }
        double[][] sInv = Mat3.inverse(s);
        Lattice newLattice = Lattice.fromMatrix(Mat3.multiply(s, lattice.matrix()));
        List<double[]> points = Supercells.latticePoints(s);
        long total = (long) points.size() * sites.size();
        if (total > 10_000_000L) {
            throw new IllegalArgumentException("supercell would have " + total + " sites (limit 10,000,000)");
        }
        List<Site> newSites = new ArrayList<>((int) total);
        for (Site site : sites) {
            double[] fNew = Mat3.rowTimes(site.frac(), sInv); // same point, supercell basis
            for (double[] p : points) {
                newSites.add(site.withFrac(new double[] {fNew[0] + p[0], fNew[1] + p[1], fNew[2] + p[2]}));
            }
        }
        return new Structure(newLattice, newSites);
    }

    /** The same fractional coordinates in another lattice. */
    public Structure withLattice(Lattice newLattice) {
        return new Structure(newLattice, sites);
    }

    /**
     * The same crystal in its Niggli-reduced cell (pymatgen's {@code get_reduced_structure()}, as CDVAE applies
     * to every dataset structure): same sites in the same order and Cartesian positions, fractional coordinates
     * in the new cell wrapped into [0, 1).
     */
    public Structure niggliReduced() {
        return inCell(lattice.niggliReduced());
    }

    /** The same crystal in the LLL-reduced cell, coordinates wrapped into [0, 1). */
    public Structure lllReduced() {
        return inCell(lattice.lllReduced());
    }

    /** Re-expresses the sites in another cell of the same lattice (same Cartesian positions), wrapped. */
    private Structure inCell(Lattice cell) {
        List<Site> moved = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            moved.add(sites.get(i).withFrac(wrap(cell.toFractional(cartesian(i)))));
        }
        return new Structure(cell, moved);
    }

    /** The same structure with plain elements (oxidation states removed). */
    public Structure withoutOxidationStates() {
        List<Site> plain = new ArrayList<>(sites.size());
        for (Site s : sites) {
            plain.add(new Site(s.species().withoutOxidationState(), s.frac(), s.label()));
        }
        return new Structure(lattice, plain);
    }

    /** Fractional coordinates moved into [0, 1). */
    public Structure wrapped() {
        List<Site> w = new ArrayList<>(sites.size());
        for (Site s : sites) {
            w.add(s.withFrac(wrap(s.frac())));
        }
        return new Structure(lattice, w);
    }

    static double[] wrap(double[] f) {
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            double v = f[k] - Math.floor(f[k]);
            r[k] = v >= 1.0 ? 0.0 : v; // -1e-17 - floor(-1e-17) rounds to 1.0
        }
        return r;
    }

    /** Minimum-image distance between sites i and j in Å (0 for i == j). */
    public double distance(int i, int j) {
        if (i == j) {
            return 0;
        }
        return lattice.minimumImageDistance(sites.get(i).frac(), sites.get(j).frac());
    }

    /**
     * Periodic minimum-image distances (exact for any cell shape; pymatgen's {@code distance_matrix}), diagonal 0.
     */
    public double[][] distanceMatrix() {
        int n = sites.size();
        MinimumImage mi = lattice.minimumImage();
        double[][] lf = new double[n][];
        for (int i = 0; i < n; i++) {
            lf[i] = mi.toLllFrac(sites.get(i).frac());
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = mi.shortestLll(lf[i], lf[j])[3];
                d[i][j] = v;
                d[j][i] = v;
            }
        }
        return d;
    }

    /**
     * Every (i, j, image) with 0 < distance <= cutoff, where image is the lattice translation applied to site j;
     * pairs i == j with non-zero images are included, and each unordered pair appears in both directions.
     * Ordered by i, then j, then image.
     *
     * @throws IllegalArgumentException when the cutoff is not positive or the list would be unreasonably large
     */
    public List<Neighbor> neighbors(double cutoff) {
        return NeighborSearch.find(this, cutoff);
    }

    /** As {@link #neighbors(double)}, for site {@code i} only. */
    public List<Neighbor> neighborsOf(int i, double cutoff) {
        return NeighborSearch.around(this, i, cutoff);
    }

    /** Cartesian vector from site {@code nb.i()} to the image of site {@code nb.j()} that the neighbour names (Å). */
    public double[] offset(Neighbor nb) {
        double[] fi = sites.get(nb.i()).frac();
        double[] fj = sites.get(nb.j()).frac();
        int[] n = nb.image();
        return NeighborSearch.offset(new double[] {fj[0] - fi[0], fj[1] - fi[1], fj[2] - fi[2]}, n[0], n[1], n[2],
                lattice.matrix());
    }

    /**
     * The smallest distance between two distinct atoms, counting periodic images: the minimum over all pairs
     * i != j of the minimum-image distance and over every atom and its own non-zero images (the shortest lattice
     * vector). Always finite and positive for one atom (the shortest lattice vector); 0 when two atoms coincide.
     */
    public double minimumDistance() {
        double best = lattice.shortestVectorLength();
        int n = sites.size();
        if (n > 1) {
            double[][] d = distanceMatrix();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    best = Math.min(best, d[i][j]);
                }
            }
        }
        return best;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Structure ").append(composition.formula()).append('\n').append(lattice);
        for (Site s : sites) {
            sb.append('\n').append(s);
        }
        return sb.toString();
    }
}
