package org.example.thirdparty;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** The settings {@link DensityValidator} understands, declared once. */
public final class DensitySettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.number("min", 0.5, "g/cm3", 0, 100, "lowest accepted density"),
                Setting.number("max", 25, "g/cm3", 0, 100, "highest accepted density"));
    }
}
