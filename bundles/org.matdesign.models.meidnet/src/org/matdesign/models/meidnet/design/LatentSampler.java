package org.matdesign.models.meidnet.design;

import java.util.Random;

/**
 * Starting latents of paper eq. 7: z ~ N(0, I), projected onto the unit sphere; and the geodesic caps of the sphere a
 * design from a seed stays in (all points within an angle of the seed's latent).
 */
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

    /**
     * A point of the cap of {@code radius} radians around the unit vector {@code center}: a uniformly random direction
     * of the tangent space, at an angle drawn uniformly from [0, radius].
     */
    public static float[] inCap(Random random, float[] center, double radius) {
        float[] tangent = tangent(sphere(random, center.length), center);
        return along(center, tangent, radius * random.nextDouble());
    }

    /** Moves unit vector {@code z} in place onto the cap's rim when it lies outside the cap (nearest point of the cap). */
    public static void intoCap(float[] z, float[] center, double radius) {
        if (angle(z, center) <= radius) {
            return;
        }
        float[] out = along(center, tangent(z, center), radius);
        System.arraycopy(out, 0, z, 0, z.length);
    }

    /** The angle between two unit vectors, in radians. */
    public static double angle(float[] a, float[] b) {
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += (double) a[k] * b[k];
        }
        return Math.acos(Math.max(-1, Math.min(1, dot)));
    }

    /** The unit component of {@code z} orthogonal to unit {@code center} (any orthogonal unit vector when parallel). */
    private static float[] tangent(float[] z, float[] center) {
        double[] t = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            t[k] = z[k];
        }
        for (int pass = 0; pass < 2; pass++) { // twice: one pass leaves float noise along center
            double dot = 0;
            for (int k = 0; k < t.length; k++) {
                dot += t[k] * center[k];
            }
            for (int k = 0; k < t.length; k++) {
                t[k] -= dot * center[k];
            }
        }
        double sq = 0;
        for (double v : t) {
            sq += v * v;
        }
        if (Math.sqrt(sq) < 1e-4) { // z is +-center: take the basis direction least aligned with center
            int least = 0;
            for (int k = 1; k < center.length; k++) {
                least = Math.abs(center[k]) < Math.abs(center[least]) ? k : least;
            }
            float[] basis = new float[z.length];
            basis[least] = 1f;
            return tangent(basis, center);
        }
        float[] out = new float[z.length];
        for (int k = 0; k < z.length; k++) {
            out[k] = (float) t[k];
        }
        project(out);
        return out;
    }

    /** The unit vector at {@code angle} from {@code center} towards unit tangent {@code t}. */
    private static float[] along(float[] center, float[] t, double angle) {
        float[] out = new float[center.length];
        for (int k = 0; k < center.length; k++) {
            out[k] = (float) (Math.cos(angle) * center[k] + Math.sin(angle) * t[k]);
        }
        project(out);
        return out;
    }

    public static double norm(float[] z) {
        double sq = 0;
        for (float v : z) {
            sq += (double) v * v;
        }
        return Math.sqrt(sq);
    }
}
