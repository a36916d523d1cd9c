package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.api.Candidate;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;

/**
 * Validator {@value #ID}: the independent property check. A property predictor trained separately from the generator
 * (setting {@code predictor}: {@code cgcnn} by default, or {@code composition-mlp}) predicts every property it knows
 * from the decoded structure; the candidate passes when each targeted one lies within the target's range widened by
 * its tolerance. The verdict's value is the largest distance outside the range as a multiple of its tolerance; its
 * properties are the predictions (so the outputs and the stability estimate use them without predicting again) and
 * its detail gives each prediction with its uncertainty where the predictor tells one.
 */
public final class IndependentPropertyValidator implements Validator {

    public static final String ID = "independent_property";

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        PropertyPredictor predictor = PredictorChoice.predictor(context, ID);
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        List<Structure> structures = candidates.stream().map(Candidate::structure).toList();
        List<PropertyPrediction> predictions = predictor.predict(structures, monitor);
        String predictorId = PredictorChoice.id(context, ID);
        List<Verdict> out = new ArrayList<>();
        for (PropertyPrediction p : predictions) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (p == null) {
                out.add(Verdict.fail("independent (" + predictorId + "): cannot predict this structure"));
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>(p.values());
            Map<String, Double> uncertainties = new LinkedHashMap<>();
            values.keySet().forEach(name -> {
                double u = p.uncertainty(name);
                if (Double.isFinite(u)) {
                    uncertainties.put(name, u);
                }
            });
            double worst = 0;
            StringBuilder detail = new StringBuilder("independent (" + predictorId + "):");
            for (PropertyTarget t : context.target().targets()) {
                Double v = values.get(t.name());
                if (v == null) {
                    continue; // the predictor does not know this property; nothing to check
                }
                double tolerance = Math.max(t.tolerance(), 1e-12);
                worst = Math.max(worst, t.distance(v) / tolerance);
                double u = p.uncertainty(t.name());
                detail.append(String.format(Locale.ROOT, " %s=%.3f%s (target %s, tolerance %s)", t.name(), v,
                        Double.isFinite(u) ? String.format(Locale.ROOT, " +- %.3f", u) : "",
                        t.toString().substring(t.name().length() + 1), t.tolerance()));
            }
            out.add(new Verdict(worst <= 1.0, worst, detail.toString(), values, uncertainties));
        }
        return out;
    }
}
