package org.matdesign.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.matdesign.api.DesignTarget;

/**
 * Everything a design run needs: the target, the contributions to chain (by id, in order) and their settings.
 */
public record DesignPlan(DesignTarget target, List<String> generators, List<String> optimizers,
        List<String> validators, Map<String, Map<String, String>> settings, Path dataDirectory) {

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
