package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One validator's judgement of one candidate. {@code value} carries the measured quantity behind the decision
 * (minimum distance, energy above hull...) or NaN when there is none; {@code properties} holds property values the
 * validator predicted on the way (user-facing names, e.g. an independent predictor's {@code band_gap}), so they
 * reach the outputs and later validators without being computed again; {@code uncertainties} holds the uncertainty the
 * validator gives for some of them (e.g. an ensemble's spread), in the same units.
 */
public record Verdict(boolean passed, double value, String detail, Map<String, Double> properties,
        Map<String, Double> uncertainties) {

    public Verdict {
        detail = detail == null ? "" : detail;
        properties = properties == null || properties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        uncertainties = uncertainties == null || uncertainties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(uncertainties));
    }

    public Verdict(boolean passed, double value, String detail, Map<String, Double> properties) {
        this(passed, value, detail, properties, Map.of());
    }

    public Verdict(boolean passed, double value, String detail) {
        this(passed, value, detail, Map.of());
    }

    public static Verdict pass(String detail) {
        return new Verdict(true, Double.NaN, detail);
    }

    public static Verdict fail(String detail) {
        return new Verdict(false, Double.NaN, detail);
    }
}
