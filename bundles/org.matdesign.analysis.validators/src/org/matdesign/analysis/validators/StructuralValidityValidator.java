package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.validity.StructuralValidity;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/** CDVAE structural validity: atoms at least 0.5 A apart, volume at least 0.1 A^3; value = minimum distance. */
public final class StructuralValidityValidator implements Validator {

    public static final String ID = "structural_validity"; // as declared in plugin.xml

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        Progress progress = new Progress(monitor, "Structural validity", candidates.size());
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            StructuralValidity.Result r = StructuralValidity.check(c.structure());
            String detail = String.format(Locale.ROOT, "min distance %.3f A, volume %.2f A^3", r.minDistance(),
                    r.volume());
            out.add(new Verdict(r.valid(), r.minDistance(), detail));
            progress.worked(1);
        }
        return out;
    }
}
