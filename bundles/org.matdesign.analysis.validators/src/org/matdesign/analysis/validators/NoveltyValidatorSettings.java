package org.matdesign.analysis.validators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matdesign.api.SettingsSchema;

/** Settings of the novelty validator: the reference set and the matcher tolerances. */
public final class NoveltyValidatorSettings implements SettingsSchema {

    static final Map<String, String> DEFAULTS;
    static final Map<String, String> DESCRIPTIONS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        Map<String, String> t = new LinkedHashMap<>();
        d.put("dataset", "perov_5");
        t.put("dataset", "dataset folder under the data folder whose training split is the reference set");
        d.put("split", "train");
        t.put("split", "train (the seeded 80 % split of all rows) or all (every row of the dataset)");
        d.put("seed", "42");
        t.put("seed", "seed of the dataset split (42: the split the bundled default model was trained on)");
        d.put("reference", "");
        t.put("reference", "instead of a dataset: a CSV with a cif column or a folder of structure files");
        d.putAll(MatcherValidatorSettings.ordered(Settings.MATCHER_DEFAULTS));
        t.putAll(MatcherValidatorSettings.ordered(Settings.MATCHER_DESCRIPTIONS));
        DEFAULTS = Map.copyOf(d);
        DESCRIPTIONS = Map.copyOf(t);
        ORDER = d.keySet().toArray(new String[0]);
    }

    private static final String[] ORDER;

    @Override
    public Map<String, String> defaults() {
        return inOrder(DEFAULTS);
    }

    @Override
    public Map<String, String> descriptions() {
        return inOrder(DESCRIPTIONS);
    }

    private static Map<String, String> inOrder(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : ORDER) {
            out.put(k, m.get(k));
        }
        return out;
    }
}
