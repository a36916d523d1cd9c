package org.matdesign.api;

import java.util.Objects;

/**
 * A candidate of a finished campaign: its place in the ranking (1 = best), the index of the campaign target it was
 * designed for, the candidate itself with every verdict, and whether it meets the campaign's SUN rule.
 */
public record RankedCandidate(int rank, int target, Candidate candidate, boolean sun) {

    public RankedCandidate {
        Objects.requireNonNull(candidate, "candidate");
    }

    public String id() {
        return candidate.id();
    }

    /** A property value: the generator's own prediction, or one a validator predicted ({@code validator.property}). */
    public double property(String source, String property) {
        if (source == null) {
            return candidate.predicted().getOrDefault(property, Double.NaN);
        }
        Verdict v = candidate.verdicts().get(source);
        return v == null ? Double.NaN : v.properties().getOrDefault(property, Double.NaN);
    }
}
