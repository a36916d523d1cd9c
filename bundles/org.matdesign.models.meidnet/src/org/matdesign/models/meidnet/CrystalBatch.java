package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.matdesign.ml.Tensors;

import java.util.List;

/**
 * A batch as NDArrays: the encoder input padded to the largest crystal of the batch, and the decoder targets
 * padded to the model's maximum atom count (padded slots are masked out of every per-slot loss).
 */
public record CrystalBatch(EncoderInput input, Targets targets, NDArray properties) {

    /**
     * @param lattice   normalised lattice parameters [B,6]
     * @param count     number of atoms minus one [B] (int64)
     * @param species   species index per slot [B,M] (int64; 0 in padded slots)
     * @param frac      canonical fractional coordinates [B,M,3]
     * @param slotMask  1 for real slots [B,M]
     * @param adjacency adjacency target [B,M,M]
     */
    public record Targets(NDArray lattice, NDArray count, NDArray species, NDArray frac, NDArray slotMask,
            NDArray adjacency) {
    }

    /** Encoder input only (no targets). */
    public static EncoderInput input(List<CrystalFeatures> crystals, ModelConfig config, NDManager manager) {
        int b = crystals.size();
        int n = 1;
        for (CrystalFeatures c : crystals) {
            n = Math.max(n, c.size());
        }
        int e = config.elementCount();
        float[] species = new float[b * n * e];
        float[] frac = new float[b * n * 3];
        float[] lattice = new float[b * 9];
        float[] mask = new float[b * n];
        for (int k = 0; k < b; k++) {
            CrystalFeatures c = crystals.get(k);
            for (int i = 0; i < c.size(); i++) {
                species[(k * n + i) * e + c.species()[i]] = 1f;
                for (int a = 0; a < 3; a++) {
                    frac[(k * n + i) * 3 + a] = c.frac()[i][a];
                }
                mask[k * n + i] = 1f;
            }
            for (int r = 0; r < 3; r++) {
                for (int col = 0; col < 3; col++) {
                    lattice[k * 9 + r * 3 + col] = (float) c.lattice()[r][col];
                }
            }
        }
        return new EncoderInput(owned(manager.create(species, new Shape(b, n, e))),
                owned(manager.create(frac, new Shape(b, n, 3))), owned(manager.create(lattice, new Shape(b, 3, 3))),
                owned(manager.create(mask, new Shape(b, n))));
    }

    /**
     * @param normalizedProperties [B][P] normalised property values, or null
     */
    public static CrystalBatch of(List<CrystalFeatures> crystals, float[][] normalizedProperties, ModelConfig config,
            NDManager manager) {
        int b = crystals.size();
        int m = config.maxAtoms();
        float[] lat = new float[b * 6];
        long[] count = new long[b];
        long[] species = new long[b * m];
        float[] frac = new float[b * m * 3];
        float[] slotMask = new float[b * m];
        float[] adjacency = new float[b * m * m];
        for (int k = 0; k < b; k++) {
            CrystalFeatures c = crystals.get(k);
            System.arraycopy(config.latticeNorm().normalize(c.latticeParameters()), 0, lat, k * 6, 6);
            count[k] = c.size() - 1;
            for (int i = 0; i < c.size(); i++) {
                species[k * m + i] = c.species()[i];
                slotMask[k * m + i] = 1f;
                for (int a = 0; a < 3; a++) {
                    frac[(k * m + i) * 3 + a] = c.frac()[i][a];
                }
                for (int j = 0; j < c.size(); j++) {
                    adjacency[(k * m + i) * m + j] = c.adjacency()[i][j] ? 1f : 0f;
                }
            }
        }
        Targets targets = new Targets(owned(manager.create(lat, new Shape(b, 6))), owned(manager.create(count)),
                owned(manager.create(species, new Shape(b, m))), owned(manager.create(frac, new Shape(b, m, 3))),
                owned(manager.create(slotMask, new Shape(b, m))), owned(manager.create(adjacency, new Shape(b, m, m))));
        NDArray y = null;
        if (normalizedProperties != null) {
            int p = config.propertyCount();
            float[] flat = new float[b * p];
            for (int k = 0; k < b; k++) {
                System.arraycopy(normalizedProperties[k], 0, flat, k * p, p);
            }
            y = owned(manager.create(flat, new Shape(b, p)));
        }
        return new CrystalBatch(input(crystals, config, manager), targets, y);
    }

    /** Engine-owned copy of a Java-backed array (see {@link Tensors}). */
    static NDArray owned(NDArray javaBacked) {
        return Tensors.owned(javaBacked);
    }
}
