package org.matdesign.analysis.validators;

import java.util.Map;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.matdesign.analysis.match.MatcherSettings;

/** Reads a validator's string settings with defaults; a bad value becomes a CoreException naming the setting. */
final class Settings {

    static final String BUNDLE = "org.matdesign.analysis.validators";

    private final String validatorId;
    private final Map<String, String> values;
    private final Map<String, String> defaults;

    Settings(String validatorId, Map<String, String> values, Map<String, String> defaults) {
        this.validatorId = validatorId;
        this.values = values;
        this.defaults = defaults;
    }

    String get(String name) {
        return values.getOrDefault(name, defaults.get(name));
    }

    double number(String name) throws CoreException {
        String v = get(name);
        try {
            if (v.equals("inf")) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw error("setting " + name + " of " + validatorId + " must be a number, got '" + v + "'", e);
        }
    }

    MatcherSettings matcher() throws CoreException {
        try {
            return MatcherSettings.defaults().withLtol(number("ltol")).withStol(number("stol"))
                    .withAngleTol(number("angle_tol"));
        } catch (IllegalArgumentException e) {
            throw error(validatorId + ": " + e.getMessage(), e);
        }
    }

    CoreException error(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, BUNDLE, message, cause));
    }

    /** The matcher settings every matching validator understands. */
    static final Map<String, String> MATCHER_DEFAULTS = Map.of("ltol", "0.3", "stol", "0.5", "angle_tol", "10",
            "volume_tol", "0.3");
    static final Map<String, String> MATCHER_DESCRIPTIONS = Map.of(
            "ltol", "fractional length tolerance of the structure matcher",
            "stol", "site tolerance in units of (V/N)^(1/3)",
            "angle_tol", "angle tolerance in degrees",
            "volume_tol", "pre-filter: largest relative difference of volume per atom (inf: compare all)");
}
