package org.matdesign.models.meidnet.design;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of validator {@value ManifoldDistanceValidator#ID}: the model (the recipe's reaches it) and a limit. */
public final class ManifoldDistanceSettings implements SettingsSchema {

    static final Setting MAX_ANGLE = Setting.number("max_angle", Math.PI, "radians", 0, Math.PI,
            "fail candidates whose crystal lies further than this from every training crystal (pi: report only)");

    @Override
    public List<Setting> settings() {
        return List.of(MeidnetGeneratorSettings.MODEL, MAX_ANGLE);
    }
}
