package org.matdesign.models.meidnet;

/**
 * Weights of the training loss: the reconstruction parts (lattice MSE, atom-count CE, species CE, periodic
 * coordinate loss, slot-occupancy BCE, adjacency BCE), the property MSE, the InfoNCE scale (multiplied by alpha_t),
 * and for early fusion the weight of the single-modality decodings next to the fused one.
 */
public record LossWeights(double lattice, double count, double species, double coords, double mask, double adjacency,
        double property, double contrastive, double singleModality) {

    public static final LossWeights DEFAULT = new LossWeights(1, 0.2, 1, 10, 0.2, 0.2, 1, 1, 0.5);
}
