package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/** Latents -> structures with the model's own decoder (argmax decoding), and the property head in physical units. */
public final class LatentDecoding {

    private static final int BATCH = 512;

    private LatentDecoding() {
    }

    /** One structure per latent; null where the decoded lattice is not a valid cell. */
    public static List<Structure> structures(MeidnetModel model, float[][] latents) {
        return structures(model, latents, null);
    }

    /** As {@link #structures(MeidnetModel, float[][])}, decoding species only among the allowed elements. */
    public static List<Structure> structures(MeidnetModel model, float[][] latents, boolean[] allowedElements) {
        return structures(model, latents, allowedElements, BATCH);
    }

    /**
     * As {@link #structures(MeidnetModel, float[][], boolean[])} in consecutive batches of {@code batch} latents:
     * a latent's decoding then depends only on its batch, since on some CPUs the rounding of a batched product
     * depends on the number of rows.
     */
    public static List<Structure> structures(MeidnetModel model, float[][] latents, boolean[] allowedElements,
            int batch) {
        List<Structure> out = new ArrayList<>();
        int dim = model.config().latent();
        for (int from = 0; from < latents.length; from += batch) {
            int size = Math.min(batch, latents.length - from);
            try (NDManager sub = model.manager().newSubManager(); NDScope scope = new NDScope()) {
                out.addAll(model.toStructures(model.decode(sub.create(flatten(latents, from, size, dim),
                        new Shape(size, dim))), allowedElements));
            }
        }
        return out;
    }

    /** Property head at each latent, physical units, in the model's property order. */
    public static double[][] properties(MeidnetModel model, float[][] latents) {
        int dim = model.config().latent();
        double[][] out = new double[latents.length][];
        for (int from = 0; from < latents.length; from += BATCH) {
            int size = Math.min(BATCH, latents.length - from);
            try (NDManager sub = model.manager().newSubManager(); NDScope scope = new NDScope()) {
                double[][] p = model.toPhysical(model.predictProperties(sub.create(flatten(latents, from, size, dim),
                        new Shape(size, dim))));
                System.arraycopy(p, 0, out, from, size);
            }
        }
        return out;
    }

    /**
     * The model's elements the target allows (model element order), or null when the target has no constraints.
     *
     * @throws IllegalArgumentException when the target allows none of the model's elements
     */
    public static boolean[] elementMask(MeidnetModel model, org.matdesign.api.DesignTarget target) {
        if (!target.hasElementConstraints()) {
            return null;
        }
        List<String> elements = model.config().elements();
        boolean[] mask = new boolean[elements.size()];
        boolean any = false;
        for (int i = 0; i < mask.length; i++) {
            mask[i] = target.elementsAllowed(java.util.Set.of(elements.get(i)));
            any |= mask[i];
        }
        if (!any) {
            throw new IllegalArgumentException("the element constraints allow none of the model's elements ("
                    + String.join(" ", elements) + ")");
        }
        return mask;
    }

    private static float[] flatten(float[][] latents, int from, int size, int dim) {
        float[] flat = new float[size * dim];
        for (int i = 0; i < size; i++) {
            System.arraycopy(latents[from + i], 0, flat, i * dim, dim);
        }
        return flat;
    }
}
