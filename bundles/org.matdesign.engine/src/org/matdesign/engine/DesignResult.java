package org.matdesign.engine;

import java.util.List;

import org.matdesign.api.Candidate;

/**
 * The outcome of a design run: every candidate that survived generation and optimisation, ranked (best first,
 * each with all its verdicts, so rejected ones stay inspectable), the funnel, and the problems met.
 */
public record DesignResult(List<Candidate> ranked, List<FunnelStep> funnel, List<String> problems) {

    public DesignResult {
        ranked = List.copyOf(ranked);
        funnel = List.copyOf(funnel);
        problems = List.copyOf(problems);
    }

    /** Candidates that passed every validator, in rank order. */
    public List<Candidate> accepted() {
        return ranked.stream().filter(Candidate::passedAll).toList();
    }
}
