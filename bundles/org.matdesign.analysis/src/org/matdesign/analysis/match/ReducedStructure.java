package org.matdesign.analysis.match;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * A structure prepared once for many comparisons: its composition key (species with counts divided by their gcd, the
 * equivalent of pymatgen's fractional-composition hash) and its Niggli-reduced (and, when asked, primitive) cell.
 * Obtain it from {@link StructureMatcher#reduce(Structure)}; it is only valid with a matcher of the same
 * primitive-cell setting.
 */
public final class ReducedStructure {

    final Cell cell;
    final boolean primitive;
    private final String compositionKey;
    private final int originalSize;
    private final double volumePerAtom;

    ReducedStructure(Cell cell, boolean primitive, String compositionKey, int originalSize, double volumePerAtom) {
        this.cell = cell;
        this.primitive = primitive;
        this.compositionKey = compositionKey;
        this.originalSize = originalSize;
        this.volumePerAtom = volumePerAtom;
    }

    /** Species and reduced integer counts, e.g. "Ba1 O3 Ti1"; equal keys = equal fractional compositions. */
    public String compositionKey() {
        return compositionKey;
    }

    /** Number of sites of the reduced cell. */
    public int reducedSize() {
        return cell.size();
    }

    public int originalSize() {
        return originalSize;
    }

    /** Volume per atom of the input structure in cubic Angstrom. */
    public double volumePerAtom() {
        return volumePerAtom;
    }

    /**
     * The matcher's cell with sites in pymatgen's sorted-structure order (Pauling electronegativity, then species
     * string; stable), the order pymatgen's CIF parser produces. The choice of anchor site depends on site order, so
     * this makes results independent of how the input lists different species and equal to pymatgen's on CIF input.
     */
    static Cell toCell(Structure structure) {
        int n = structure.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byElectronegativity = Comparator.comparingDouble(i -> sortableElectronegativity(structure.site(i)));
        Arrays.sort(order, byElectronegativity.thenComparing(i -> structure.site(i).species().toString()));
        String[] species = new String[n];
        double[][] frac = new double[n][];
        for (int k = 0; k < n; k++) {
            Site site = structure.site(order[k]);
            species[k] = site.species().toString();
            frac[k] = site.frac();
        }
        return new Cell(structure.lattice().matrix(), species, frac);
    }

    private static double sortableElectronegativity(Site site) {
        double x = site.element().electronegativity();
        return Double.isNaN(x) ? Double.POSITIVE_INFINITY : x;
    }

    static String compositionKey(String[] species) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String s : species) {
            counts.merge(s, 1, Integer::sum);
        }
        int g = 0;
        for (int c : counts.values()) {
            g = gcd(g, c);
        }
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(e.getKey()).append(e.getValue() / g);
        }
        return key.toString();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
