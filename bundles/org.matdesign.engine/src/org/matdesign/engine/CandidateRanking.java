package org.matdesign.engine;

import java.util.Comparator;

import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.Verdict;

/**
 * The one ranking of a campaign: SUN candidates first, then more validators passed, then a smaller error between
 * the generator's predicted properties and the target, then id (so ties are stable). Candidates without
 * predictions rank after those with them.
 */
final class CandidateRanking {

    private CandidateRanking() {
    }

    /** Orders a campaign's candidates; {@code sun} and {@code target} look up each candidate's facts. */
    static Comparator<Candidate> by(java.util.function.Predicate<Candidate> sun,
            java.util.function.Function<Candidate, DesignTarget> target) {
        Comparator<Candidate> sunFirst = Comparator.comparing(c -> !sun.test(c));
        return sunFirst.thenComparingLong(c -> -c.verdicts().values().stream().filter(Verdict::passed).count())
                .thenComparingDouble(c -> targetError(c, target.apply(c))).thenComparing(Candidate::id);
    }

    /**
     * Mean over the targeted properties of the distance from the predicted value to the target range, relative to
     * max(1, |target|); +infinity without predictions.
     */
    static double targetError(Candidate candidate, DesignTarget target) {
        double sum = 0;
        int n = 0;
        for (PropertyTarget t : target.targets()) {
            Double predicted = candidate.predicted().get(t.name());
            if (predicted != null && Double.isFinite(predicted)) {
                sum += t.distance(predicted) / Math.max(1.0, Math.abs(t.value()));
                n++;
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
    }
}
