package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.novelty.UniquenessIndex;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Settings;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;

/**
 * Fails every candidate that duplicates an earlier one (structure matcher with this validator's settings).
 * Campaign-wide: it sees every target's candidates, best first, so the closest of a set of duplicates stays unique.
 */
public final class UniquenessValidator implements Validator {

    public static final String ID = "uniqueness"; // as declared in plugin.xml

    @Override
    public boolean campaignWide() {
        return true;
    }

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Progress progress = new Progress(monitor, "Uniqueness", 1);
        Settings s = context.settings(ID);
        List<Structure> structures = candidates.stream().map(Candidate::structure).toList();
        boolean[] unique = UniquenessIndex.uniqueFlags(structures, MatcherSettingsSchema.matcher(s),
                MatcherSettingsSchema.filter(s));
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < unique.length; i++) {
            out.add(unique[i] ? Verdict.pass("no earlier duplicate") : Verdict.fail("duplicates an earlier candidate"));
        }
        progress.worked(1);
        return out;
    }
}
