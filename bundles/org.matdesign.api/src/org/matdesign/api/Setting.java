package org.matdesign.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One setting a contribution understands, declared once (in its {@link SettingsSchema}): the recipe reader, the
 * command line's {@code --set ID.KEY=VALUE}, {@code matdesign extensions --settings} and the workbench's forms all
 * read this declaration, and {@link Settings#check} holds every given value against it.
 *
 * @param key         the name used in recipes and on the command line, e.g. {@code steps}
 * @param type        what kind of value it takes
 * @param defaultText the default as text (parsed like a given value); empty for "none"
 * @param unit        physical unit, empty when it has none
 * @param min         smallest allowed value (numbers only; {@code -inf} when unbounded)
 * @param max         largest allowed value (numbers only; {@code +inf} when unbounded)
 * @param choices     the allowed values of a {@link Type#CHOICE}; empty otherwise
 * @param description one line for people
 */
public record Setting(String key, Type type, String defaultText, String unit, double min, double max,
        List<String> choices, String description) {

    /** The kinds of values a setting takes. */
    public enum Type {
        INTEGER, NUMBER, BOOLEAN, STRING, CHOICE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        defaultText = defaultText == null ? "" : defaultText;
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("setting " + key + ": a choice needs its allowed values");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("setting " + key + ": min " + min + " is above max " + max);
        }
    }

    public static Setting integer(String key, long defaultValue, long min, long max, String description) {
        return new Setting(key, Type.INTEGER, Long.toString(defaultValue), "", min, max, List.of(), description);
    }

    public static Setting number(String key, double defaultValue, String unit, double min, double max,
            String description) {
        return new Setting(key, Type.NUMBER, Settings.plain(defaultValue), unit, min, max, List.of(), description);
    }

    public static Setting bool(String key, boolean defaultValue, String description) {
        return new Setting(key, Type.BOOLEAN, Boolean.toString(defaultValue), "", Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, List.of(), description);
    }

    public static Setting text(String key, String defaultValue, String description) {
        return new Setting(key, Type.STRING, defaultValue, "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                List.of(), description);
    }

    public static Setting choice(String key, String defaultValue, List<String> choices, String description) {
        return new Setting(key, Type.CHOICE, defaultValue, "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                choices, description);
    }

    /** What a value of this setting may be, for error messages and listings, e.g. {@code integer in [1, 10000]}. */
    public String allowedText() {
        return switch (type) {
            case INTEGER, NUMBER -> type.label() + (Double.isInfinite(min) && Double.isInfinite(max) ? ""
                    : " in [" + Settings.plain(min) + ", " + Settings.plain(max) + "]") + (unit.isEmpty() ? "" : " " + unit);
            case BOOLEAN -> "true or false";
            case STRING -> "text";
            case CHOICE -> "one of " + String.join(", ", choices);
        };
    }

    /**
     * Parses and checks one value given as text.
     *
     * @throws IllegalArgumentException saying what is allowed (the caller adds the contribution and key)
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        switch (type) {
            case INTEGER -> {
                double d = parseNumber(t);
                if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
                    throw new IllegalArgumentException("'" + text + "' is not an integer; allowed: " + allowedText());
                }
                checkRange(d, text);
                return (long) d;
            }
            case NUMBER -> {
                double d = parseNumber(t);
                checkRange(d, text);
                return d;
            }
            case BOOLEAN -> {
                if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(t);
                }
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            }
            case CHOICE -> {
                if (!choices.contains(t)) {
                    throw new IllegalArgumentException("'" + text + "' is not allowed; allowed: " + allowedText());
                }
                return t;
            }
            default -> {
                return text == null ? "" : text;
            }
        }
    }

    private double parseNumber(String t) {
        double d;
        if (t.equals("inf") || t.equals("+inf") || t.equals("Infinity")) {
            d = Double.POSITIVE_INFINITY;
        } else {
            try {
                d = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + t + "' is not a number; allowed: " + allowedText());
            }
        }
        if (Double.isNaN(d) || (Double.isInfinite(d) && !(Double.isInfinite(max) && d > 0))) {
            throw new IllegalArgumentException("'" + t + "' is not a finite number; allowed: " + allowedText());
        }
        return d;
    }

    private void checkRange(double d, String text) {
        if (d < min || d > max) {
            throw new IllegalArgumentException(text.trim() + " is out of range; allowed: " + allowedText());
        }
    }
}
