package org.matdesign.models.meidnet;

/**
 * One crystal in canonical form (see {@link Featurizer}): species indices over the model vocabulary, fractional
 * coordinates in [0,1) in the reduced cell, the reduced lattice matrix (rows, Angstrom) and its six parameters, and
 * the adjacency (minimum-image distance below the cutoff, i != j).
 */
public record CrystalFeatures(int[] species, float[][] frac, double[][] lattice, double[] latticeParameters,
        boolean[][] adjacency) {

    public int size() {
        return species.length;
    }
}
