package org.matdesign.api;

import java.util.Optional;

/**
 * Implemented by a generator that knows the data its model learned from: the engine asks it, before a campaign
 * runs, how many training crystals lie near each target, and reports the answer (a target outside the data is said
 * to be so; the run still goes ahead).
 */
public interface CoverageReporter {

    /** Empty when the coverage cannot be told (e.g. a user's model without its training table). */
    Optional<Coverage> coverage(DesignTarget target, RunContext context) throws Exception;
}
