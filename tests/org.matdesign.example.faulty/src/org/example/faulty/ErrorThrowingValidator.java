package org.example.faulty;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/** Faulty on purpose: throws an Error, not an exception. The run must report it and go on. */
public final class ErrorThrowingValidator implements Validator {

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        throw new InternalError("the faulty validator threw an Error on purpose");
    }
}
