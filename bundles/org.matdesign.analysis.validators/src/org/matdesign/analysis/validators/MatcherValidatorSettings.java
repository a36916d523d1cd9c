package org.matdesign.analysis.validators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matdesign.api.SettingsSchema;

/** Settings of the uniqueness validator: the structure matcher tolerances and the volume pre-filter. */
public final class MatcherValidatorSettings implements SettingsSchema {

    @Override
    public Map<String, String> defaults() {
        return ordered(Settings.MATCHER_DEFAULTS);
    }

    @Override
    public Map<String, String> descriptions() {
        return ordered(Settings.MATCHER_DESCRIPTIONS);
    }

    static Map<String, String> ordered(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : new String[] {"ltol", "stol", "angle_tol", "volume_tol"}) {
            out.put(k, m.get(k));
        }
        return out;
    }
}
