package org.matdesign.engine;

import java.util.List;

import org.matdesign.api.Candidate;

/**
 * The outcome of one design run: every candidate that survived generation and optimisation, in the order the chain
 * produced them, each with the verdicts of the run's validators (rejected ones stay inspectable), and the problems met.
 */
public record DesignResult(List<Candidate> candidates, List<String> problems) {

    public DesignResult {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    /** Candidates that passed every validator of the run. */
    public List<Candidate> accepted() {
        return candidates.stream().filter(Candidate::passedAll).toList();
    }
}
