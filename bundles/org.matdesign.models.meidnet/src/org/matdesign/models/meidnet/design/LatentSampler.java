package org.matdesign.models.meidnet.design;

import java.util.Random;

/** Starting latents of paper eq. 7: z ~ N(0, I), projected onto the unit sphere. */
public final class LatentSampler {

    private LatentSampler() {
    }

    public static float[][] sphere(Random random, int count, int dimension) {
        float[][] out = new float[count][];
        for (int i = 0; i < count; i++) {
            out[i] = sphere(random, dimension);
        }
        return out;
    }

    public static float[] sphere(Random random, int dimension) {
        float[] z = new float[dimension];
        for (int k = 0; k < dimension; k++) {
            z[k] = (float) random.nextGaussian();
        }
        project(z);
        return z;
    }

    /** Scales {@code z} in place to unit L2 norm (a zero vector becomes the first basis vector). */
    public static void project(float[] z) {
        double sq = 0;
        for (float v : z) {
            sq += (double) v * v;
        }
        double norm = Math.sqrt(sq);
        if (norm < 1e-12) {
            java.util.Arrays.fill(z, 0f);
            z[0] = 1f;
            return;
        }
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) (z[k] / norm);
        }
    }

    public static double norm(float[] z) {
        double sq = 0;
        for (float v : z) {
            sq += (double) v * v;
        }
        return Math.sqrt(sq);
    }
}
