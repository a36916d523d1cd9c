package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checked settings of one contribution for one run: every declared setting has a value (the given one or its
 * default), typed as declared. Built by {@link #check}, which refuses unknown keys and disallowed values with a
 * {@link SettingsException} naming the contribution, the key and what is allowed.
 */
public final class Settings {

    private static final Settings NONE = new Settings("", List.of(), Map.of());

    private final String owner;
    private final Map<String, Setting> declared;
    private final Map<String, Object> values;

    private Settings(String owner, List<Setting> declarations, Map<String, Object> values) {
        this.owner = owner;
        Map<String, Setting> d = new LinkedHashMap<>();
        declarations.forEach(s -> d.put(s.key(), s));
        this.declared = Collections.unmodifiableMap(d);
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No declared settings at all. */
    public static Settings none() {
        return NONE;
    }

    /**
     * Checks given values (text, numbers or booleans, as a recipe or the command line gives them) against the
     * declaration of the contribution {@code owner} (e.g. {@code validator 'novelty'}).
     *
     * @throws SettingsException for an unknown key or a value that is not allowed
     */
    public static Settings check(String owner, List<Setting> declarations, Map<String, ?> given) {
        Objects.requireNonNull(owner, "owner");
        Map<String, Setting> byKey = new LinkedHashMap<>();
        for (Setting s : declarations) {
            if (byKey.put(s.key(), s) != null) {
                throw new SettingsException(owner + " declares setting '" + s.key() + "' twice");
            }
        }
        for (String key : given.keySet()) {
            if (!byKey.containsKey(key)) {
                throw new SettingsException(owner + " has no setting '" + key + "'; its settings: "
                        + (byKey.isEmpty() ? "none" : String.join(", ", byKey.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Setting s : declarations) {
            Object raw = given.get(s.key());
            String text = raw == null ? s.defaultText() : raw instanceof Double d ? plain(d) : raw.toString();
            if (raw == null && text.isEmpty() && s.type() != Setting.Type.STRING) {
                continue; // declared without a default: absent unless given
            }
            try {
                values.put(s.key(), s.parse(text));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(owner + ": setting '" + s.key() + "' " + e.getMessage());
            }
        }
        return new Settings(owner, declarations, values);
    }

    public String owner() {
        return owner;
    }

    public List<Setting> declarations() {
        return List.copyOf(declared.values());
    }

    /** Every value, typed (Long, Double, Boolean, String), in declaration order. */
    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public long getLong(String key) {
        return ((Number) value(key, Setting.Type.INTEGER)).longValue();
    }

    public int getInt(String key) {
        return Math.toIntExact(getLong(key));
    }

    public double getDouble(String key) {
        Object v = value(key, Setting.Type.NUMBER);
        return ((Number) v).doubleValue();
    }

    public boolean getBoolean(String key) {
        return (Boolean) value(key, Setting.Type.BOOLEAN);
    }

    public String getString(String key) {
        Object v = value(key, null);
        return v == null ? "" : v.toString();
    }

    private Object value(String key, Setting.Type type) {
        Setting s = declared.get(key);
        if (s == null) {
            throw new IllegalStateException(owner + " reads setting '" + key + "' that it does not declare");
        }
        if (type != null && s.type() != type && !(type == Setting.Type.NUMBER && s.type() == Setting.Type.INTEGER)) {
            throw new IllegalStateException(owner + " reads " + s.type().label() + " setting '" + key + "' as "
                    + type.label());
        }
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException(owner + ": setting '" + key + "' has no value and no default");
        }
        return v;
    }

    /** A number as people write it: no trailing {@code .0}. */
    static String plain(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return owner + " " + values;
    }
}
