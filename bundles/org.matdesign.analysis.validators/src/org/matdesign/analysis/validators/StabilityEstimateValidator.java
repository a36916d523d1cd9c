package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.api.Candidate;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.RunContext;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/**
 * Validator {@value #ID}: an ESTIMATE of thermodynamic stability. The candidate's formation energy (the independent
 * predictor's, setting {@code predictor}, taken from the {@value IndependentPropertyValidator#ID} verdict when that
 * validator ran with the same predictor, or the generator's head) is compared with the convex hull of the generator's
 * training crystals plus elemental references; the verdict's value is the energy above hull in eV/atom and it passes
 * at or below {@code e_above_hull_max}. No DFT.
 */
public final class StabilityEstimateValidator implements Validator {

    public static final String ID = "stability_estimate";
    public static final String PROPERTY = "formation_energy";
    public static final double DEFAULT_THRESHOLD = 0.1;

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        double threshold = context.settings(ID).getDouble("e_above_hull_max");
        boolean independent = context.settings(ID).getString("energy_source").equals("independent");
        String predictorId = PredictorChoice.id(context, ID);
        HullEstimator hull = hull(context);
        PropertyPredictor predictor = null;
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            double energy;
            double uncertainty = Double.NaN;
            String source;
            if (independent) {
                Verdict v = c.verdicts().get(IndependentPropertyValidator.ID);
                if (v != null && v.properties().containsKey(PROPERTY) && sameIndependentPredictor(context, predictorId)) {
                    energy = v.properties().get(PROPERTY);
                    uncertainty = v.uncertainties().getOrDefault(PROPERTY, Double.NaN);
                } else {
                    predictor = predictor == null ? PredictorChoice.predictor(context, ID) : predictor;
                    PropertyPrediction p = predictor.predict(List.of(c.structure()), monitor).get(0);
                    energy = p == null ? Double.NaN : p.value(PROPERTY);
                    uncertainty = p == null ? Double.NaN : p.uncertainty(PROPERTY);
                }
                source = "independent predictor " + predictorId;
            } else {
                energy = c.predicted().getOrDefault(PROPERTY, Double.NaN);
                source = "generator head";
            }
            if (!Double.isFinite(energy)) {
                out.add(Verdict.fail("no formation energy prediction"));
                continue;
            }
            double e = hull.eAboveHull(c.structure().composition(), energy);
            out.add(new Verdict(e <= threshold, e, String.format(Locale.ROOT,
                    "estimate: E_f %.3f%s eV/atom (%s), %.3f eV/atom above the hull of %d training entries", energy,
                    Double.isFinite(uncertainty) ? String.format(Locale.ROOT, " +- %.3f", uncertainty) : "", source,
                    e, hull.size())));
        }
        return out;
    }

    /** Reuse the independent check's prediction only when that check asked the same predictor. */
    private static boolean sameIndependentPredictor(RunContext context, String predictorId) throws CoreException {
        Settings check = context.settings(IndependentPropertyValidator.ID);
        return check.has(PredictorChoice.SETTING)
                && PredictorChoice.id(context, IndependentPropertyValidator.ID).equals(predictorId);
    }

    private static HullEstimator hull(RunContext context) throws CoreException {
        TrainingSet training = context.trainingSet().orElseThrow(() -> new CoreException(
                PredictorChoice.status(ID + ": the generator does not tell its training data, so there"
                        + " are no hull references", null)));
        try {
            return context.shared(ID + ".hull", HullEstimator.class, () -> new HullEstimator(training, PROPERTY));
        } catch (Exception e) {
            throw new CoreException(PredictorChoice.status(ID + ": " + e.getMessage(), e));
        }
    }
}
