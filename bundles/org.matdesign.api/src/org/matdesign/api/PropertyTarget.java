package org.matdesign.api;

import java.util.Objects;

/**
 * What the user asks of one property: a value ({@code low == high}) or a range, and a tolerance: a value within
 * {@code [low - tolerance, high + tolerance]} counts as a hit.
 */
public record PropertyTarget(String name, double low, double high, double tolerance) {

    public PropertyTarget {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("target " + name + " must be finite, got " + low + ".." + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("target " + name + ": range " + low + ".." + high
                    + " is empty (low above high)");
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("target " + name + ": tolerance must be a finite number >= 0, got "
                    + tolerance);
        }
    }

    public static PropertyTarget value(String name, double value, double tolerance) {
        return new PropertyTarget(name, value, value, tolerance);
    }

    /** The value an optimizer aims at: the middle of the range. */
    public double value() {
        return 0.5 * (low + high);
    }

    public boolean isRange() {
        return high > low;
    }

    /** How far {@code v} lies outside the range (0 inside it); NaN stays NaN. */
    public double distance(double v) {
        return Math.max(0, Math.max(low - v, v - high));
    }

    public boolean hit(double v) {
        return Double.isFinite(v) && distance(v) <= tolerance;
    }

    /** As the user writes it: {@code band_gap=1.2} or {@code band_gap=1.0..1.5}. */
    @Override
    public String toString() {
        return name + "=" + (isRange() ? Settings.plain(low) + ".." + Settings.plain(high) : Settings.plain(low));
    }
}
