package org.example.thirdparty;

import java.util.LinkedHashMap;
import java.util.Map;

import org.matdesign.api.SettingsSchema;

/** The settings {@link DensityValidator} understands. */
public final class DensitySettings implements SettingsSchema {

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("min", "0.5");
        defaults.put("max", "25");
        return defaults;
    }

    @Override
    public Map<String, String> descriptions() {
        return Map.of("min", "lowest accepted density in g/cm3", "max", "highest accepted density in g/cm3");
    }
}
