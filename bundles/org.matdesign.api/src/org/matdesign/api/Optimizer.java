package org.matdesign.api;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Refines candidates towards the target (extension point {@code org.matdesign.api.optimizers}). */
public interface Optimizer {

    /** Returns refined candidates; may drop candidates it cannot refine, never invents unrelated ones. */
    List<Candidate> optimize(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException;

    /**
     * How many consecutive candidates this optimizer refines together, when refining consecutive slices of that many
     * apart and then keeping, of each {@link Candidate#group() group}, the first candidate with the lowest objective
     * gives what one call over all the candidates gives. A campaign on a cluster then spreads the slices of one target
     * over machines. 0 (the default): the candidates must be refined in one call.
     */
    default int independentSlice(RunContext context) throws CoreException {
        return 0;
    }
}
