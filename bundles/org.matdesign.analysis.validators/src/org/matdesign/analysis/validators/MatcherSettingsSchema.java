package org.matdesign.analysis.validators;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.matdesign.analysis.match.MatcherSettings;
import org.matdesign.analysis.novelty.DuplicateFilter;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.api.Setting;
import org.matdesign.api.Settings;
import org.matdesign.api.SettingsSchema;

/**
 * Settings of the uniqueness validator, and the matcher part of every matching validator: pymatgen
 * StructureMatcher tolerances (its defaults) and a volume-per-atom pre-filter.
 */
public final class MatcherSettingsSchema implements SettingsSchema {

    static final String BUNDLE = "org.matdesign.analysis.validators";

    static final List<Setting> MATCHER = List.of(
            Setting.number("ltol", 0.3, "", 0.0, 1.0, "fractional length tolerance of the structure matcher"),
            Setting.number("stol", 0.5, "", 0.0, 2.0, "site tolerance in units of (V/N)^(1/3)"),
            Setting.number("angle_tol", 10, "degree", 0.0, 90.0, "angle tolerance"),
            Setting.number("volume_tol", 0.3, "", 0.0, Double.POSITIVE_INFINITY,
                    "pre-filter: largest relative difference of volume per atom (inf: compare all)"));

    @Override
    public List<Setting> settings() {
        return MATCHER;
    }

    static StructureMatcher matcher(Settings s) throws CoreException {
        try {
            return new StructureMatcher(MatcherSettings.defaults().withLtol(s.getDouble("ltol"))
                    .withStol(s.getDouble("stol")).withAngleTol(s.getDouble("angle_tol")));
        } catch (IllegalArgumentException e) {
            throw error(s.owner() + ": " + e.getMessage(), e);
        }
    }

    static DuplicateFilter filter(Settings s) {
        return new DuplicateFilter(s.getDouble("volume_tol"));
    }

    static CoreException error(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, BUNDLE, message, cause));
    }
}
