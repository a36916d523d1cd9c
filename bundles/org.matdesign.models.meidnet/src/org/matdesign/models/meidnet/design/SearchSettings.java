package org.matdesign.models.meidnet.design;

import org.matdesign.api.Settings;

/**
 * Settings of the latent search (paper eq. 7 solved with Adam on the unit sphere).
 *
 * @param steps          Adam steps per latent
 * @param learningRate   Adam step size (the latent has unit norm, so 0.01-0.1 moves it noticeably)
 * @param lambdaPhysical lambda of eq. 7, the weight of L_physical
 * @param batchSize      latents optimised together (memory bound, not a modelling choice)
 * @param penalties      the physical penalty windows and weights
 */
public record SearchSettings(int steps, double learningRate, double lambdaPhysical, int batchSize,
        PenaltySettings penalties) {

    public static final String STEPS = "steps";
    public static final String LEARNING_RATE = "learning_rate";
    public static final String LAMBDA = "lambda_physical";
    public static final String BATCH = "batch";
    public static final String MIN_DISTANCE = "min_distance";

    public SearchSettings {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning_rate must be > 0, got " + learningRate);
        }
        if (!(lambdaPhysical >= 0) || !Double.isFinite(lambdaPhysical)) {
            throw new IllegalArgumentException("lambda_physical must be >= 0, got " + lambdaPhysical);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batchSize);
        }
    }

    public static SearchSettings defaults() {
        return new SearchSettings(150, 0.05, 1.0, 128, PenaltySettings.defaults());
    }

    /** Defaults overridden by the optimizer's checked settings. */
    public static SearchSettings from(Settings settings) {
        PenaltySettings p = defaults().penalties();
        PenaltySettings penalties = new PenaltySettings(settings.getDouble(MIN_DISTANCE), p.minVolumePerAtom(),
                p.maxVolumePerAtom(), p.octahedralMin(), p.octahedralMax(), p.distanceWeight(), p.chargeWeight(),
                p.volumeWeight(), p.perovskiteWeight());
        return new SearchSettings(settings.getInt(STEPS), settings.getDouble(LEARNING_RATE),
                settings.getDouble(LAMBDA), settings.getInt(BATCH), penalties);
    }
}
