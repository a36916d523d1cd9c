package org.matdesign.api;

/**
 * One validator's judgement of one candidate. {@code value} carries the measured quantity behind the decision
 * (minimum distance, energy above hull...) or NaN when there is none.
 */
public record Verdict(boolean passed, double value, String detail) {

    public static Verdict pass(String detail) {
        return new Verdict(true, Double.NaN, detail);
    }

    public static Verdict fail(String detail) {
        return new Verdict(false, Double.NaN, detail);
    }
}
