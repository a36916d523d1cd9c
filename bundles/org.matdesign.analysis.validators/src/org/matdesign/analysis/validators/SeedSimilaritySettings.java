package org.matdesign.analysis.validators;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of the seed similarity report: the structure matcher's tolerances (no pre-filter: every pair is aligned). */
public final class SeedSimilaritySettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return MatcherSettingsSchema.MATCHER.stream().filter(s -> !s.key().equals("volume_tol")).toList();
    }
}
