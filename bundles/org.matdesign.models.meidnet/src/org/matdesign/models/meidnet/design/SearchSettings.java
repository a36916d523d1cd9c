package org.matdesign.models.meidnet.design;

import java.util.Map;

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

    /** Defaults overridden by string settings (recipe / command line); names the bad key on error. */
    public static SearchSettings from(Map<String, String> settings) {
        SearchSettings d = defaults();
        PenaltySettings p = d.penalties();
        double minDistance = number(settings, MIN_DISTANCE, p.minDistance());
        PenaltySettings penalties = new PenaltySettings(minDistance, p.minVolumePerAtom(), p.maxVolumePerAtom(),
                p.octahedralMin(), p.octahedralMax(), p.distanceWeight(), p.chargeWeight(), p.volumeWeight(),
                p.perovskiteWeight());
        return new SearchSettings((int) integer(settings, STEPS, d.steps()), number(settings, LEARNING_RATE,
                d.learningRate()), number(settings, LAMBDA, d.lambdaPhysical()), (int) integer(settings, BATCH,
                        d.batchSize()), penalties);
    }

    private static double number(Map<String, String> settings, String key, double fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a finite number, got '" + v + "'");
        }
    }

    private static long integer(Map<String, String> settings, String key, long fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        double d = number(settings, key, fallback);
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException("setting " + key + " must be an integer, got '" + v + "'");
        }
        return (long) d;
    }
}
