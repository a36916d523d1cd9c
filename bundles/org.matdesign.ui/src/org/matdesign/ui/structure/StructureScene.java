package org.matdesign.ui.structure;

import java.util.List;
import java.util.Locale;

import org.matdesign.core.Element;
import org.matdesign.core.Structure;
import org.matdesign.ui.structure.internal.SceneBuilder;

/**
 * What the structure viewer draws, in Cartesian Å and without any toolkit types: the atoms of a repeated block
 * of cells, the bonds between them, the 12 edges of the unit cell and one legend entry per element.
 *
 * @param atoms     the atoms shown (periodic images included)
 * @param bonds     bonds between shown atoms, each once
 * @param cellEdges the 12 edges of the unit cell at the origin
 * @param legend    one entry per element, in order of first appearance in the structure
 * @param cellVectors the lattice vectors a, b and c (rows, Å)
 * @param center    centre of the scene's bounding box
 * @param radius    radius of a sphere around {@code center} that holds every atom (with its drawn radius) and
 *                  the cell
 */
public record StructureScene(List<Atom> atoms, List<Bond> bonds, List<Edge> cellEdges, List<LegendEntry> legend,
        double[][] cellVectors, double[] center, double radius) {

    /**
     * One drawn atom.
     *
     * @param element   its element
     * @param siteIndex the index of its site in the structure
     * @param frac      fractional coordinates in the unit cell, with the lattice translation of this image added
     *                  (so a corner image reads 1, 0, 0)
     * @param position  Cartesian position in Å
     * @param radius    drawn radius in Å
     */
    public record Atom(Element element, int siteIndex, double[] frac, double[] position, double radius) {
    }

    /** A bond between atoms {@code a} and {@code b} (indices into {@link StructureScene#atoms()}), {@code length} Å. */
    public record Bond(int a, int b, double length) {
    }

    /** A straight line from {@code from} to {@code to}, Cartesian Å. */
    public record Edge(double[] from, double[] to) {
    }

    /** An element and how many sites of the structure (not of the drawn block) carry it. */
    public record LegendEntry(Element element, int count) {
    }

    /** Sites in the structure (not atoms drawn). */
    public int siteCount() {
        return legend.stream().mapToInt(LegendEntry::count).sum();
    }

    /** Atom i in words: element, site number (1-based) of all sites, fractional coordinates; the hover label. */
    public String describe(int i) {
        Atom atom = atoms.get(i);
        double[] f = atom.frac();
        return String.format(Locale.ROOT, "%s  site %d/%d  (%.3f, %.3f, %.3f)", atom.element().symbol(),
                atom.siteIndex() + 1, siteCount(), f[0], f[1], f[2]);
    }

    /** Builds the scene of a structure. */
    public static StructureScene of(Structure structure, SceneOptions options) {
        return new SceneBuilder(structure, options).build();
    }
}
