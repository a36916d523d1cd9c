package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of the novelty validator: the reference set and the matcher tolerances. */
public final class NoveltySettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        List<Setting> list = new ArrayList<>();
        list.add(Setting.text("reference", "", "empty: the structures the generator's model was trained on;"
                + " otherwise a CSV with a cif column or a folder of structure files (relative paths: in the data"
                + " folder)"));
        list.addAll(MatcherSettingsSchema.MATCHER);
        return list;
    }
}
