package org.matdesign.models.meidnet;

/**
 * Normalisation of the decoder's lattice target: lengths as (ln L - lengthLogMean) / lengthLogStd, angles (degrees)
 * as (angle - angleMean) / angleStd; statistics from the training split.
 */
public record LatticeNorm(double lengthLogMean, double lengthLogStd, double angleMean, double angleStd) {

    public static final LatticeNorm IDENTITY = new LatticeNorm(Math.log(5), 0.5, 90, 15);

    public float[] normalize(double[] parameters) {
        float[] out = new float[6];
        for (int k = 0; k < 3; k++) {
            out[k] = (float) ((Math.log(parameters[k]) - lengthLogMean) / lengthLogStd);
            out[k + 3] = (float) ((parameters[k + 3] - angleMean) / angleStd);
        }
        return out;
    }

    /** Lengths (Angstrom) and angles (degrees) from the normalised decoder output. */
    public double[] physical(float[] normalized) {
        double[] out = new double[6];
        for (int k = 0; k < 3; k++) {
            out[k] = Math.exp(normalized[k] * lengthLogStd + lengthLogMean);
            out[k + 3] = normalized[k + 3] * angleStd + angleMean;
        }
        return out;
    }
}
