package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A predictor's answer for one crystal: a value per property and, where the predictor can tell (an ensemble's
 * spread), its uncertainty in the same unit; NaN when it cannot.
 */
public record PropertyPrediction(Map<String, Double> values, Map<String, Double> uncertainties) {

    public PropertyPrediction {
        values = ordered(values);
        uncertainties = ordered(uncertainties);
    }

    /**
     * In the predictor's order. Not {@code Map.copyOf}: its iteration order changes from JVM to JVM, and it reaches
     * the outputs (candidates.json), which must not differ between two runs or between a cluster and one machine.
     */
    private static Map<String, Double> ordered(Map<String, Double> map) {
        Map<String, Double> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "property"), Objects.requireNonNull(v, k)));
        return Collections.unmodifiableMap(copy);
    }

    /** A prediction without uncertainties. */
    public static PropertyPrediction of(Map<String, Double> values) {
        Map<String, Double> none = new LinkedHashMap<>();
        values.keySet().forEach(k -> none.put(k, Double.NaN));
        return new PropertyPrediction(values, none);
    }

    /** The predicted value; NaN when the property was not predicted. */
    public double value(String property) {
        return values.getOrDefault(property, Double.NaN);
    }

    /** The uncertainty of the value; NaN when unknown. */
    public double uncertainty(String property) {
        return uncertainties.getOrDefault(property, Double.NaN);
    }
}
