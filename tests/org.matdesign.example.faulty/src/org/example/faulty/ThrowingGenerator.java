package org.example.faulty;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;

/** Faulty on purpose: always throws. The registry and the engine must survive it and report it. */
public final class ThrowingGenerator implements Generator {

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        throw new IllegalStateException("the faulty generator broke on purpose");
    }
}
