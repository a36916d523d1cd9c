package org.matdesign.models.meidnet;

/**
 * Contrastive weight of eq. 6: alpha_t = 1 - exp(-gamma t) with t the (0-based) epoch index, ramped over the first
 * two thirds of the epochs and then held at 1. gamma = 3 / rampEpochs, so alpha reaches 1 - e^-3 = 0.950 where
 * the ramp ends.
 */
public final class Curriculum {

    private final int rampEpochs;
    private final double gamma;

    public Curriculum(int totalEpochs) {
        if (totalEpochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1");
        }
        this.rampEpochs = Math.max(1, (int) Math.ceil(2.0 * totalEpochs / 3.0));
        this.gamma = 3.0 / rampEpochs;
    }

    public int rampEpochs() {
        return rampEpochs;
    }

    public double gamma() {
        return gamma;
    }

    public double alpha(int epoch) {
        if (epoch >= rampEpochs) {
            return 1.0;
        }
        return 1.0 - Math.exp(-gamma * epoch);
    }

    /** The weight for a fusion mode: the ramp for early+cl, a constant 1 otherwise. */
    public static double alpha(FusionMode mode, int epoch, int totalEpochs) {
        return mode.curriculum() ? new Curriculum(totalEpochs).alpha(epoch) : 1.0;
    }
}
