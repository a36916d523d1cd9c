package org.matdesign.engine;

/**
 * How long one call into a contribution may take, per role, in seconds. A call that runs longer is cancelled through
 * its monitor, abandoned, reported by the contribution's id with what it was doing, and its output is dropped; the
 * run goes on with the rest. The defaults are long enough for real models on a CPU.
 */
public record TimeLimits(double generatorSeconds, double optimizerSeconds, double validatorSeconds) {

    public static final TimeLimits DEFAULT = new TimeLimits(3600, 4 * 3600, 3600);

    public TimeLimits {
        for (double s : new double[] {generatorSeconds, optimizerSeconds, validatorSeconds}) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("time limits must be positive seconds, got " + s);
            }
        }
    }
}
