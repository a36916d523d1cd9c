package org.matdesign.engine.recipe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of one pipeline component named in a recipe (a validator or an optimizer): its contribution id, whether it is
 * enabled, and flat key/value settings (numbers as Double, booleans, strings). Typed getters fail with a message naming
 * the component and the key, so a recipe typo surfaces as a clear error.
 */
public record ComponentSettings(String id, boolean enabled, Map<String, Object> settings) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    public ComponentSettings {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new RecipeException("component id '" + id + "' may only contain letters, digits, '_', '.', '-'");
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof Double || v instanceof Boolean || v instanceof String)) {
                throw new RecipeException(id + "." + e.getKey() + " must be a number, boolean or string, got " + v);
            }
        }
    }

    public static ComponentSettings enabled(String id) {
        return new ComponentSettings(id, true, Map.of());
    }

    public boolean has(String key) {
        return settings.containsKey(key);
    }

    public double getDouble(String key, double fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw new RecipeException(id + "." + key + " must be a finite number, got " + v);
    }

    public int getInt(String key, int fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return (int) d.doubleValue();
        }
        throw new RecipeException(id + "." + key + " must be an integer, got " + v);
    }

    public boolean getBoolean(String key, boolean fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new RecipeException(id + "." + key + " must be true or false, got " + v);
    }

    public String getString(String key, String fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new RecipeException(id + "." + key + " must be a string, got " + v);
    }
}
