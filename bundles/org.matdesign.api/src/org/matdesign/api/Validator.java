package org.matdesign.api;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Judges candidates (extension point {@code org.matdesign.api.validators}). Sees the whole set at once so that
 * set-level checks such as uniqueness are possible.
 */
public interface Validator {

    /**
     * Whether this validator judges the candidates of the whole campaign together (e.g. uniqueness across all
     * targets) rather than each target's run on its own. A campaign-wide validator runs once, after every target's
     * run, on all candidates ordered best first by their target error; its context's target is the campaign's first.
     */
    default boolean campaignWide() {
        return false;
    }

    /** One verdict per candidate, in the same order as the input. */
    List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException;
}
