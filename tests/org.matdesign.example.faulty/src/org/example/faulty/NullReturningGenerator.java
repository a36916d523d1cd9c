package org.example.faulty;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;

/** Faulty on purpose: returns null instead of a list. */
public final class NullReturningGenerator implements Generator {

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        return null;
    }
}
