package org.matdesign.outputs;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** The declaration of an output that takes no settings, so a recipe that gives it one is refused by name. */
public final class NoSettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of();
    }
}
