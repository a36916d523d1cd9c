package org.matdesign.analysis.validators;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of validator {@value IndependentPropertyValidator#ID}. */
public final class IndependentPropertySettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of(PredictorChoice.setting());
    }
}
