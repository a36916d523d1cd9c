package org.matdesign.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A predictor's answer for one crystal: a value per property and, where the predictor can tell (an ensemble's
 * spread), its uncertainty in the same unit; NaN when it cannot.
 */
public record PropertyPrediction(Map<String, Double> values, Map<String, Double> uncertainties) {

    public PropertyPrediction {
        values = Map.copyOf(values);
        uncertainties = Map.copyOf(uncertainties);
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
