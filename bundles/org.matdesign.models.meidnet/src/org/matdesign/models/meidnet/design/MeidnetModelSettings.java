package org.matdesign.models.meidnet.design;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of the generative model {@code meidnet} (the benchmark's contract): which model. */
public final class MeidnetModelSettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of(MeidnetGeneratorSettings.MODEL);
    }
}
