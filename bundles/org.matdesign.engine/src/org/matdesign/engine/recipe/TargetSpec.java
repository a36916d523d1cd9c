package org.matdesign.engine.recipe;

import java.util.Locale;
import java.util.Objects;

/** One target value of one property, e.g. {@code band_gap=1.2} (value in the property's unit). */
public record TargetSpec(PropertyInfo property, double value) {

    public TargetSpec {
        Objects.requireNonNull(property, "property");
        check(property, value, property.name() + "=" + value);
    }

    public String name() {
        return property.name();
    }

    /**
     * Parses {@code name=value}. Errors name the whole text the user wrote and what is wrong with it.
     *
     * @throws TargetSpecException for a missing '=', an unknown property, a value that is not a finite number, or a value
     *                             outside the property's physical range
     */
    public static TargetSpec parse(String text, PropertyCatalogue catalogue) {
        if (text == null || text.isBlank()) {
            throw new TargetSpecException("empty target; expected NAME=VALUE, e.g. band_gap=1.2");
        }
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new TargetSpecException("target '" + text + "' has no '='; expected NAME=VALUE, e.g. band_gap=1.2");
        }
        String name = text.substring(0, eq).trim();
        String valueText = text.substring(eq + 1).trim();
        if (name.isEmpty()) {
            throw new TargetSpecException("target '" + text + "' has no property name; expected NAME=VALUE");
        }
        PropertyInfo property;
        try {
            property = catalogue.require(name);
        } catch (TargetSpecException e) {
            throw new TargetSpecException("target '" + text + "': " + e.getMessage());
        }
        return of(property, parseValue(valueText, text), text);
    }

    /** A target from an already parsed number (recipes); {@code source} names where it came from in errors. */
    public static TargetSpec of(PropertyInfo property, double value, String source) {
        check(property, value, source);
        return new TargetSpec(property, value);
    }

    private static double parseValue(String valueText, String text) {
        if (valueText.isEmpty()) {
            throw new TargetSpecException("target '" + text + "' has no value; expected NAME=VALUE");
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

    @Override
    public String toString() {
        return property.name() + "=" + String.format(Locale.ROOT, "%s", value);
    }
}
