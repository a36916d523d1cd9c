package org.example.faulty;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Optimizer;
import org.matdesign.api.RunContext;

/** Faulty on purpose: returns the candidates with a null in place of the last one. */
public final class GarbageOptimizer implements Optimizer {

    @Override
    public List<Candidate> optimize(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        List<Candidate> out = new ArrayList<>(candidates);
        if (!out.isEmpty()) {
            out.set(out.size() - 1, null);
        }
        return out;
    }
}
