package org.matdesign.engine.recipe;

import java.util.Objects;

import org.matdesign.api.PropertyTarget;

/**
 * One target of one property: a value ({@code band_gap=1.2}) or a range ({@code band_gap=1.0..1.5}), in the
 * property's unit, with a tolerance (default: the property's).
 */
public record TargetSpec(PropertyInfo property, double low, double high, double tolerance) {

    public TargetSpec {
        Objects.requireNonNull(property, "property");
        String source = property.name() + "=" + format(low, high);
        check(property, low, source);
        check(property, high, source);
        if (low > high) {
            throw new TargetSpecException("target '" + source + "': the range is empty (low above high)");
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new TargetSpecException("target '" + source + "': tolerance must be a finite number >= 0, got "
                    + tolerance);
        }
    }

    public String name() {
        return property.name();
    }

    /** The value aimed at: the middle of the range. */
    public double value() {
        return 0.5 * (low + high);
    }

    public TargetSpec withTolerance(double newTolerance) {
        return new TargetSpec(property, low, high, newTolerance);
    }

    public PropertyTarget toTarget() {
        return new PropertyTarget(property.name(), low, high, tolerance);
    }

    /**
     * Parses {@code NAME=VALUE} or {@code NAME=LOW..HIGH}. Errors name the whole text the user wrote and what is wrong.
     *
     * @throws TargetSpecException for a missing '=', an unknown property, a value that is not a finite number, an empty
     *                             range, or a value outside the property's physical range
     */
    public static TargetSpec parse(String text, PropertyCatalogue catalogue) {
        if (text == null || text.isBlank()) {
            throw new TargetSpecException("empty target; expected NAME=VALUE or NAME=LOW..HIGH, e.g. band_gap=1.2");
        }
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new TargetSpecException("target '" + text + "' has no '='; expected NAME=VALUE or NAME=LOW..HIGH");
        }
        String name = text.substring(0, eq).trim();
        if (name.isEmpty()) {
            throw new TargetSpecException("target '" + text + "' has no property name; expected NAME=VALUE");
        }
        PropertyInfo property;
        try {
            property = catalogue.require(name);
        } catch (TargetSpecException e) {
            throw new TargetSpecException("target '" + text + "': " + e.getMessage());
        }
        return ofText(property, text.substring(eq + 1).trim(), text);
    }

    /** {@code VALUE} or {@code LOW..HIGH} for a known property; {@code source} names it in errors. */
    public static TargetSpec ofText(PropertyInfo property, String valueText, String source) {
        int dots = valueText.indexOf("..");
        if (dots >= 0) {
            double low = parseValue(valueText.substring(0, dots).trim(), source);
            double high = parseValue(valueText.substring(dots + 2).trim(), source);
            return of(property, low, high, property.defaultTolerance(), source);
        }
        double v = parseValue(valueText, source);
        return of(property, v, v, property.defaultTolerance(), source);
    }

    /** A target from already parsed numbers (recipes); {@code source} names where it came from in errors. */
    public static TargetSpec of(PropertyInfo property, double low, double high, double tolerance, String source) {
        check(property, low, source);
        check(property, high, source);
        if (low > high) {
            throw new TargetSpecException("target '" + source + "': the range is empty (low above high)");
        }
        return new TargetSpec(property, low, high, tolerance);
    }

    private static double parseValue(String valueText, String text) {
        if (valueText.isEmpty()) {
            throw new TargetSpecException("target '" + text + "' has no value; expected NAME=VALUE or NAME=LOW..HIGH");
        }
        try {
            return Double.parseDouble(valueText);
        } catch (NumberFormatException e) {
            throw new TargetSpecException("target '" + text + "': '" + valueText + "' is not a number");
        }
    }

    private static void check(PropertyInfo property, double value, String source) {
        if (!Double.isFinite(value)) {
            throw new TargetSpecException("target '" + source + "': value must be a finite number, got " + value);
        }
        if (!property.allows(value)) {
            throw new TargetSpecException("target '" + source + "': " + property.name() + " = " + value + " "
                    + property.unit() + " is physically impossible; allowed range " + property.rangeText());
        }
    }

    private static String format(double low, double high) {
        return low == high ? PropertyInfo.plain(low) : PropertyInfo.plain(low) + ".." + PropertyInfo.plain(high);
    }

    /** As the user writes it: {@code band_gap=1.2} or {@code band_gap=1.0..1.5}. */
    @Override
    public String toString() {
        return property.name() + "=" + format(low, high);
    }
}
