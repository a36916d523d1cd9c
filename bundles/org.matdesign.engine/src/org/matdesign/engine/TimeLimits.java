package org.matdesign.engine;

import java.util.List;
import java.util.Locale;

/**
 * How long one call into a contribution may take, per role, in seconds. A call that runs longer is cancelled through
 * its monitor, abandoned, reported by the contribution's id with what it was doing, and its output is dropped; the
 * run goes on with the rest. The defaults are long enough for real models on a CPU. A recipe may set them
 * ({@code time_limits}); the command line's {@code --time-limit ROLE=SECONDS} overrides the recipe.
 */
public record TimeLimits(double generatorSeconds, double optimizerSeconds, double validatorSeconds,
        double visualizerSeconds) {

    public static final TimeLimits DEFAULT = new TimeLimits(3600, 4 * 3600, 3600, 600);

    /** The roles a limit is set for, as written in recipes and on the command line. */
    public static final List<String> ROLES = List.of("generator", "optimizer", "validator", "visualizer");

    public TimeLimits {
        for (double s : new double[] {generatorSeconds, optimizerSeconds, validatorSeconds, visualizerSeconds}) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("time limits must be positive finite seconds, got " + s);
            }
        }
    }

    /**
     * These limits with one role's changed.
     *
     * @throws IllegalArgumentException for an unknown role or seconds that are not positive and finite
     */
    public TimeLimits with(String role, double seconds) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "generator" -> new TimeLimits(seconds, optimizerSeconds, validatorSeconds, visualizerSeconds);
            case "optimizer" -> new TimeLimits(generatorSeconds, seconds, validatorSeconds, visualizerSeconds);
            case "validator" -> new TimeLimits(generatorSeconds, optimizerSeconds, seconds, visualizerSeconds);
            case "visualizer" -> new TimeLimits(generatorSeconds, optimizerSeconds, validatorSeconds, seconds);
            default -> throw new IllegalArgumentException("unknown role '" + role + "' for a time limit (expected "
                    + String.join(", ", ROLES) + ")");
        };
    }

    /** The limit of a role named as in {@link #ROLES}. */
    public double of(String role) {
        return switch (role) {
            case "generator" -> generatorSeconds;
            case "optimizer" -> optimizerSeconds;
            case "validator" -> validatorSeconds;
            case "visualizer" -> visualizerSeconds;
            default -> throw new IllegalArgumentException("unknown role '" + role + "'");
        };
    }
}
