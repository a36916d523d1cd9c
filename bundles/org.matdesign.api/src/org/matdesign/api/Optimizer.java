package org.matdesign.api;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Refines candidates towards the target (extension point {@code org.matdesign.api.optimizers}). */
public interface Optimizer {

    /** Returns refined candidates; may drop candidates it cannot refine, never invents unrelated ones. */
    List<Candidate> optimize(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException;
}
