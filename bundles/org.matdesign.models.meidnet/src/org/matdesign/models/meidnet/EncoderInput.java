package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;

/**
 * Padded dense input of the crystal encoder.
 *
 * @param species species distribution per atom [B,N,E] (one-hot for real crystals; soft for decoded ones)
 * @param frac    fractional coordinates [B,N,3]
 * @param lattice lattice matrix [B,3,3], rows are the lattice vectors in Angstrom
 * @param mask    1 for real atoms, 0 for padding [B,N]
 */
public record EncoderInput(NDArray species, NDArray frac, NDArray lattice, NDArray mask) {
}
