package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.validity.ChargeNeutrality;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/** CDVAE compositional validity: SMACT charge neutrality with the Pauling electronegativity test. */
public final class ChargeNeutralityValidator implements Validator {

    public static final String ID = "charge_neutrality"; // as declared in plugin.xml

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        Progress progress = new Progress(monitor, "Charge neutrality", candidates.size());
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean ok = ChargeNeutrality.isValid(c.structure());
            String formula = c.structure().composition().reducedFormula();
            out.add(ok ? Verdict.pass(formula + " can be charge neutral")
                    : Verdict.fail(formula + " has no neutral, Pauling-consistent set of oxidation states"));
            progress.worked(1);
        }
        return out;
    }
}
