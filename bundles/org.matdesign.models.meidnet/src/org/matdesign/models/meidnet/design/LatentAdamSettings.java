package org.matdesign.models.meidnet.design;

import java.util.LinkedHashMap;
import java.util.Map;

import org.matdesign.api.SettingsSchema;

/** Settings of optimizer {@value MeidnetLatentOptimizer#ID}. */
public final class LatentAdamSettings implements SettingsSchema {

    @Override
    public Map<String, String> defaults() {
        SearchSettings s = SearchSettings.defaults();
        Map<String, String> d = new LinkedHashMap<>();
        d.put(DesignModels.SETTING, DesignModels.DEFAULT);
        d.put(SearchSettings.STEPS, Integer.toString(s.steps()));
        d.put(SearchSettings.LEARNING_RATE, Double.toString(s.learningRate()));
        d.put(SearchSettings.LAMBDA, Double.toString(s.lambdaPhysical()));
        d.put(SearchSettings.BATCH, Integer.toString(s.batchSize()));
        d.put(SearchSettings.MIN_DISTANCE, Double.toString(s.penalties().minDistance()));
        return d;
    }

    @Override
    public Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(DesignModels.SETTING, "\"default\" or a MEIDNet model folder (the same as the generator's)");
        d.put(SearchSettings.STEPS, "Adam steps per latent");
        d.put(SearchSettings.LEARNING_RATE, "Adam step size on the unit sphere");
        d.put(SearchSettings.LAMBDA, "lambda of paper eq. 7: weight of the physical penalties");
        d.put(SearchSettings.BATCH, "latents optimised together (memory, not science)");
        d.put(SearchSettings.MIN_DISTANCE, "soft minimum interatomic distance of the distance penalty, Angstrom");
        return d;
    }
}
