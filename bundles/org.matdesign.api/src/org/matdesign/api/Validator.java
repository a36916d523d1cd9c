package org.matdesign.api;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Judges candidates (extension point {@code org.matdesign.api.validators}). Sees the whole set at once so that
 * set-level checks such as uniqueness are possible.
 */
public interface Validator {

    /** One verdict per candidate, in the same order as the input. */
    List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException;
}
