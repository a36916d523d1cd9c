package org.matdesign.outputs;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of {@code outputs.report}. */
public final class ReportSettings implements SettingsSchema {

    public static final String TOP = "top";

    @Override
    public List<Setting> settings() {
        return List.of(Setting.integer(TOP, 8, 0, 1000, "how many of the best candidates get a card with a picture"));
    }
}
