package org.matdesign.engine.recipe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of one pipeline component named in a recipe (a validator or an optimizer): its contribution id, whether it is
 * enabled, and flat key/value settings (numbers as Double, booleans, strings), checked against the contribution's
 * declared settings before a run starts.
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

    /** The same component with one more setting (a later value for the same key replaces the earlier). */
    public ComponentSettings with(String key, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(settings);
        next.put(key, value);
        return new ComponentSettings(id, enabled, next);
    }

    public ComponentSettings withEnabled(boolean on) {
        return new ComponentSettings(id, on, settings);
    }
}
