package org.matdesign.models.meidnet.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.Candidate;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/**
 * Validator {@value #ID}: the independent property check. The separately trained {@link IndependentPredictor}
 * predicts every property it knows from the decoded structure; the candidate passes when each targeted one lies within
 * the target's range widened by its tolerance. The verdict's value is the largest distance outside the range as a
 * multiple of its tolerance; its properties are the predictions, so the outputs and later validators (the stability
 * estimate) use them without predicting again.
 */
public final class IndependentPropertyValidator implements Validator {

    public static final String ID = "independent_property";

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        IndependentPredictor predictor = predictor(context);
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Map<String, Double> values = predictor.predict(c.structure());
            double worst = 0;
            StringBuilder detail = new StringBuilder("independent:");
            for (PropertyTarget t : context.target().targets()) {
                Double v = values.get(t.name());
                if (v == null) {
                    continue; // the predictor does not know this property; nothing to check
                }
                double tolerance = Math.max(t.tolerance(), 1e-12);
                worst = Math.max(worst, t.distance(v) / tolerance);
                detail.append(String.format(Locale.ROOT, " %s=%.3f (target %s, tolerance %s)", t.name(), v,
                        t.toString().substring(t.name().length() + 1), t.tolerance()));
            }
            out.add(new Verdict(worst <= 1.0, worst, detail.toString(), values));
        }
        return out;
    }

    /** The bundled predictor, loaded once per campaign. */
    static IndependentPredictor predictor(RunContext context) throws CoreException {
        try {
            IndependentPredictor p = context.shared("meidnet.independent-predictor", IndependentPredictor.class,
                    IndependentPredictor::loadDefault);
            context.record(ID + ".predictor_sha256", p.checksum());
            return p;
        } catch (Exception e) {
            throw new CoreException(status(ID + ": " + e.getMessage(), e));
        }
    }

    static IStatus status(String message, Throwable e) {
        return new Status(IStatus.ERROR, "org.matdesign.models.meidnet", message, e);
    }
}
