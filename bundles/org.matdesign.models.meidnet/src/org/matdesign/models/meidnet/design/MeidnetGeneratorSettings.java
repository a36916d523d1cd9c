package org.matdesign.models.meidnet.design;

import java.util.LinkedHashMap;
import java.util.Map;

import org.matdesign.api.SettingsSchema;

/** Settings of generator {@value MeidnetGenerator#ID}. */
public final class MeidnetGeneratorSettings implements SettingsSchema {

    @Override
    public Map<String, String> defaults() {
        return Map.of(DesignModels.SETTING, DesignModels.DEFAULT);
    }

    @Override
    public Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(DesignModels.SETTING, "\"default\" (the model in this bundle) or a MEIDNet model folder");
        return d;
    }
}
