package org.matdesign.analysis.match;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.matdesign.core.Mat3;

/**
 * The matcher's working copy of a periodic structure: lattice rows, species labels (with an interned integer kind for
 * fast comparison) and fractional coordinates. Plain arrays because the matcher does many small linear-algebra steps.
 */
final class Cell {

    /** Species label to a small integer, shared by all cells so kinds compare across structures. */
    private static final ConcurrentHashMap<String, Integer> KINDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_KIND = new AtomicInteger();

    final double[][] lattice;
    final String[] species;
    final int[] kinds;
    final double[][] frac;

    Cell(double[][] lattice, String[] species, double[][] frac) {
        this.lattice = lattice;
        this.species = species;
        this.frac = frac;
        this.kinds = new int[species.length];
        for (int i = 0; i < species.length; i++) {
            kinds[i] = KINDS.computeIfAbsent(species[i], k -> NEXT_KIND.getAndIncrement());
        }
    }

    int size() {
        return species.length;
    }

    double volume() {
        return Mat3.volume(lattice);
    }

    double[][] cartesian() {
        double[][] out = new double[frac.length][];
        for (int i = 0; i < frac.length; i++) {
            out[i] = Mat3.rowTimes(frac[i], lattice);
        }
        return out;
    }

    /** The same atoms (same Cartesian positions) described in another cell of the same lattice, wrapped into [0,1). */
    Cell inLattice(double[][] newLattice) {
        double[][] inv = Mat3.inverse(newLattice);
        double[][] cart = cartesian();
        double[][] f = new double[cart.length][];
        for (int i = 0; i < cart.length; i++) {
            f[i] = wrap(Mat3.rowTimes(cart[i], inv));
        }
        return new Cell(Mat3.copy(newLattice), species.clone(), f);
    }

    /** Same fractional coordinates on a different lattice (used for volume scaling). */
    Cell withLattice(double[][] newLattice) {
        return new Cell(newLattice, species, frac);
    }

    static double[] wrap(double[] f) {
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            r[k] = f[k] - Math.floor(f[k]);
            if (r[k] >= 1.0) {
                // floor of a tiny negative number can give exactly 1.0 after subtraction
                r[k] = 0.0;
            }
        }
        return r;
    }
}
