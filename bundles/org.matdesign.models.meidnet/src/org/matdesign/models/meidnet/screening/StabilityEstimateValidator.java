package org.matdesign.models.meidnet.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/**
 * Validator {@value #ID}: an ESTIMATE of thermodynamic stability. The candidate's formation energy (the independent
 * predictor's, taken from the {@value IndependentPropertyValidator#ID} verdict when that validator ran, or the
 * generator's head) is compared with the convex hull of the generator's training crystals plus elemental references;
 * the verdict's value is the energy above hull in eV/atom and it passes at or below {@code e_above_hull_max}. No DFT.
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
        HullEstimator hull = hull(context);
        IndependentPredictor predictor = null;
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            double energy;
            String source;
            if (independent) {
                Verdict v = c.verdicts().get(IndependentPropertyValidator.ID);
                if (v != null && v.properties().containsKey(PROPERTY)) {
                    energy = v.properties().get(PROPERTY);
                } else {
                    predictor = predictor == null ? IndependentPropertyValidator.predictor(context) : predictor;
                    energy = predictor.predict(c.structure()).getOrDefault(PROPERTY, Double.NaN);
                }
                source = "independent predictor";
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
                    "estimate: E_f %.3f eV/atom (%s), %.3f eV/atom above the hull of %d training entries", energy,
                    source, e, hull.size())));
        }
        return out;
    }

    private static HullEstimator hull(RunContext context) throws CoreException {
        TrainingSet training = context.trainingSet().orElseThrow(() -> new CoreException(
                IndependentPropertyValidator.status(ID + ": the generator does not tell its training data, so there"
                        + " are no hull references", null)));
        try {
            return context.shared(ID + ".hull", HullEstimator.class, () -> new HullEstimator(training, PROPERTY));
        } catch (Exception e) {
            throw new CoreException(IndependentPropertyValidator.status(ID + ": " + e.getMessage(), e));
        }
    }
}
