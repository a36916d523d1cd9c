package org.matdesign.api;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Proposes candidate crystals for a design target (extension point {@code org.matdesign.api.generators}). */
public interface Generator {

    /** Proposes candidates; honours cancellation through the monitor. */
    List<Candidate> generate(RunContext context, IProgressMonitor monitor) throws CoreException;
}
