package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Element;

/**
 * The target's element constraints (allowed and excluded elements): a candidate made of any other element fails,
 * whatever the generator did to honour them. Without constraints every candidate passes.
 */
public final class ElementsValidator implements Validator {

    public static final String ID = "elements"; // as declared in plugin.xml

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        Progress progress = new Progress(monitor, "Element constraints", candidates.size());
        DesignTarget target = context.target();
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> symbols = new TreeSet<>();
            for (Element e : c.structure().composition().elements()) {
                symbols.add(e.symbol());
            }
            if (!target.hasElementConstraints()) {
                out.add(Verdict.pass("no element constraints"));
            } else if (target.elementsAllowed(symbols)) {
                out.add(Verdict.pass("elements " + String.join(" ", symbols) + " are allowed"));
            } else {
                Set<String> bad = new TreeSet<>(symbols);
                bad.removeIf(s -> !target.excludedElements().contains(s)
                        && (target.allowedElements().isEmpty() || target.allowedElements().contains(s)));
                out.add(Verdict.fail("element(s) " + String.join(" ", bad) + " not allowed"));
            }
            progress.worked(1);
        }
        return out;
    }
}
