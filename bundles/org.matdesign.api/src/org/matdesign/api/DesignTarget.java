package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user asks for: target property values (user-facing names such as {@code band_gap}, in the units the
 * property catalogue states), how many candidates, how many optimisation starts per candidate, and the seed.
 */
public record DesignTarget(Map<String, Double> properties, int count, int startsPerCandidate, long seed) {

    public DesignTarget {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
        if (startsPerCandidate <= 0) {
            throw new IllegalArgumentException("starts per candidate must be positive, got " + startsPerCandidate);
        }
        properties.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("target " + name + " must be a finite number, got " + value);
            }
        });
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
