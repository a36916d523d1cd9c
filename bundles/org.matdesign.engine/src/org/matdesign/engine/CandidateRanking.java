package org.matdesign.engine;

import java.util.Comparator;
import java.util.Map;

import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.Verdict;

/**
 * Orders candidates: more validators passed first, then a smaller relative error between predicted and target
 * properties. Candidates without predictions rank after those with them.
 */
final class CandidateRanking {

    private CandidateRanking() {
    }

    static Comparator<Candidate> by(DesignTarget target) {
        Comparator<Candidate> passed = Comparator.comparingLong(
                c -> -c.verdicts().values().stream().filter(Verdict::passed).count());
        return passed.thenComparingDouble(c -> targetError(c, target.properties())).thenComparing(Candidate::id);
    }

    /** Mean of |predicted - target| / max(1, |target|) over the target properties the candidate has. */
    static double targetError(Candidate candidate, Map<String, Double> targets) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Double> target : targets.entrySet()) {
            Double predicted = candidate.predicted().get(target.getKey());
            if (predicted != null && Double.isFinite(predicted)) {
                sum += Math.abs(predicted - target.getValue()) / Math.max(1.0, Math.abs(target.getValue()));
                n++;
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
    }
}
