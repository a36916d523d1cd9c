package org.matdesign.models.meidnet.screening;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/**
 * Validator {@value #ID}: the independent property check. The separately trained {@link IndependentPredictor}
 * predicts every targeted property from the decoded structure; the candidate passes when each lies within the
 * property's tolerance of the target (settings {@code tolerance_band_gap}, default 0.5 eV, about three times the
 * predictor's held-out MAE; {@code tolerance_formation_energy}, default 0.3 eV/atom, about one held-out MAE). The
 * verdict's value is the largest error as a multiple of its tolerance.
 */
public final class IndependentPropertyValidator implements Validator {

    public static final String ID = "independent_property";
    static final Map<String, Double> DEFAULT_TOLERANCE = Map.of("band_gap", 0.5, "formation_energy", 0.3);

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        IndependentPredictor predictor;
        try {
            predictor = IndependentPredictor.loadDefault();
        } catch (IOException e) {
            throw new CoreException(StabilityEstimateValidator.status(ID + ": " + e.getMessage(), e));
        }
        Map<String, String> settings = context.settings(ID);
        Map<String, Double> targets = context.target().properties();
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Map<String, Double> values = predictor.predict(c.structure());
            double worst = 0;
            StringBuilder detail = new StringBuilder("independent:");
            for (Map.Entry<String, Double> t : targets.entrySet()) {
                Double v = values.get(t.getKey());
                if (v == null) {
                    continue; // the predictor does not know this property; nothing to check
                }
                double tolerance;
                try {
                    tolerance = TrainingReferences.number(settings, "tolerance_" + t.getKey(),
                            DEFAULT_TOLERANCE.getOrDefault(t.getKey(), 0.5));
                    if (!(tolerance > 0)) { // a negative one would pass every candidate, zero none
                        throw new IllegalArgumentException("setting tolerance_" + t.getKey()
                                + " must be positive, got " + tolerance);
                    }
                } catch (IllegalArgumentException e) {
                    throw new CoreException(StabilityEstimateValidator.status(ID + ": " + e.getMessage(), e));
                }
                worst = Math.max(worst, Math.abs(v - t.getValue()) / tolerance);
                detail.append(String.format(Locale.ROOT, " %s=%.3f (target %s, tolerance %s)", t.getKey(), v,
                        t.getValue(), tolerance));
            }
            out.add(new Verdict(worst <= 1.0, worst, detail.toString()));
        }
        return out;
    }
}
