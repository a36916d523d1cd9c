package org.matdesign.api;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Proposes candidate crystals for a design target (extension point {@code org.matdesign.api.generators}). */
public interface Generator {

    /**
     * Proposes candidates; honours cancellation through the monitor. At most {@code count x startsPerCandidate} of
     * the context's target: the engine keeps no more than that and reports the rest.
     */
    List<Candidate> generate(RunContext context, IProgressMonitor monitor) throws CoreException;

    /**
     * Whether this generator searches near the target's {@link DesignTarget#seeds() seed structures}. The engine
     * refuses a design with seeds for a generator that does not, rather than silently designing from scratch.
     */
    default boolean designsFromSeeds() {
        return false;
    }
}
