package org.matdesign.models.meidnet.predictor;

import org.matdesign.analysis.fingerprint.MagpieFingerprint;
import org.matdesign.core.Structure;

/**
 * Input of the independent predictor: the 132 Magpie composition statistics plus two structural descriptors (volume per
 * atom and the smallest interatomic distance). Deliberately unlike MEIDNet's EGNN encoder, so the predictor's errors are
 * not the generator's errors.
 */
public final class PredictorFeatures {

    public static final int LENGTH = MagpieFingerprint.LENGTH + 2;

    private PredictorFeatures() {
    }

    /** Raw features; NaN where the Magpie table has no value (the regressor imputes those with the training mean). */
    public static double[] of(Structure structure) {
        double[] magpie = MagpieFingerprint.of(structure.composition());
        double[] out = new double[LENGTH];
        System.arraycopy(magpie, 0, out, 0, magpie.length);
        out[magpie.length] = structure.volume() / structure.size();
        double d = structure.size() > 1 ? structure.minimumDistance() : Double.NaN;
        out[magpie.length + 1] = Double.isFinite(d) ? Math.min(d, 10.0) : Double.NaN;
        return out;
    }
}
