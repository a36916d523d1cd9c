package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * Differentiable decoder output for a batch of latents (M = maximum atoms, E = vocabulary size, K = decoded slots:
 * M for a full decoding, fewer when only the first slots were asked for).
 *
 * @param lattice         normalised lattice parameters [B,6] (see {@link LatticeNorm})
 * @param countLogits     logits over the number of atoms 1..M [B,M]
 * @param speciesLogits   per-slot species logits [B,K,E]
 * @param frac            per-slot fractional coordinates [B,K,3], unwrapped (take them modulo 1)
 * @param adjacencyLogits pair logits of "within the adjacency cutoff" [B,K,K]
 * @param maskLogits      per-slot logits of "slot holds an atom" [B,K]
 */
public record Decoded(NDArray lattice, NDArray countLogits, NDArray speciesLogits, NDArray frac,
        NDArray adjacencyLogits, NDArray maskLogits) {

    /** Per-slot occupation probabilities [B,M]. */
    public NDArray maskProbabilities() {
        return Activation.sigmoid(maskLogits);
    }
}
