package org.matdesign.engine.recipe;

import java.util.Objects;

/**
 * One designable property as the user names it: the user-facing name ({@code band_gap}), its unit, the dataset column
 * the models learn it from ({@code dir_gap}), the physically possible range a target must lie in, and the default
 * tolerance of a target (how far from it a value still counts as a hit).
 */
public record PropertyInfo(String name, String unit, String datasetColumn, double min, double max,
        double defaultTolerance, String description) {

    public PropertyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(datasetColumn, "datasetColumn");
        if (!(min < max)) {
            throw new IllegalArgumentException("property " + name + ": min " + min + " must be below max " + max);
        }
        if (!(defaultTolerance >= 0)) {
            throw new IllegalArgumentException("property " + name + ": default tolerance must be >= 0");
        }
    }

    public boolean allows(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** The range as the user reads it in error messages, e.g. {@code [0, 15] eV}. */
    public String rangeText() {
        return "[" + plain(min) + ", " + plain(max) + "] " + unit;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
