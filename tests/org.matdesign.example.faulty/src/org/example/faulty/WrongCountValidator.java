package org.example.faulty;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/** Faulty on purpose: one verdict whatever the number of candidates. */
public final class WrongCountValidator implements Validator {

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        return List.of(Verdict.fail("garbage"));
    }
}
