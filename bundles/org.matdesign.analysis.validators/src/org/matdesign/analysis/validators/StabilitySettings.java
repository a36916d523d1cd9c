package org.matdesign.analysis.validators;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of validator {@value StabilityEstimateValidator#ID}. */
public final class StabilitySettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.number("e_above_hull_max", StabilityEstimateValidator.DEFAULT_THRESHOLD, "eV/atom", 0,
                        Double.POSITIVE_INFINITY, "largest estimated energy above the hull counted as stable"),
                Setting.choice("energy_source", "independent", List.of("independent", "generator"),
                        "whose formation energy: the independent predictor's (from the independent_property"
                                + " verdict when that validator ran) or the generator's own head"),
                PredictorChoice.setting());
    }
}
