package org.matdesign.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.matdesign.api.DesignTarget;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainingSet;

/**
 * Everything one design run needs: the target, the contributions to chain (by id, in order) and their checked
 * settings, the data folder (null when there is none) and the generator's training data (null when unknown).
 */
public record DesignPlan(DesignTarget target, List<String> generators, List<String> optimizers,
        List<String> validators, Map<String, Settings> settings, Path dataDirectory, TrainingSet trainingSet) {

    public DesignPlan {
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("a design run needs at least one generator");
        }
        generators = List.copyOf(generators);
        optimizers = List.copyOf(optimizers);
        validators = List.copyOf(validators);
        settings = Map.copyOf(settings);
    }
}
