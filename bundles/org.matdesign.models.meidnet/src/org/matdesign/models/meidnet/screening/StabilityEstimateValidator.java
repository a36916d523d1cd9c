package org.matdesign.models.meidnet.screening;

import java.io.IOException;
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
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/**
 * Validator {@value #ID}: an ESTIMATE of thermodynamic stability. The candidate's formation energy is predicted (by the
 * independent predictor, falling back to the generator's head when it is not installed) and compared with the convex
 * hull of the Perov-5 training entries (heat_all) plus elemental references; the verdict's value is the energy above
 * hull in eV/atom and it passes at or below {@code e_above_hull_max} (default 0.1). No DFT is involved.
 * Settings: {@code e_above_hull_max}, {@code split_seed} (42), {@code energy_source} (independent | generator).
 */
public final class StabilityEstimateValidator implements Validator {

    public static final String ID = "stability_estimate";
    public static final String PROPERTY = "formation_energy";
    public static final double DEFAULT_THRESHOLD = 0.1;

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Map<String, String> settings = context.settings(ID);
        double threshold;
        HullEstimator hull;
        try {
            threshold = TrainingReferences.number(settings, "e_above_hull_max", DEFAULT_THRESHOLD);
            hull = new HullEstimator(TrainingReferences.train(context.dataDirectory(),
                    TrainingReferences.splitSeed(settings)), "heat_all");
        } catch (RuntimeException e) {
            throw new CoreException(status(ID + ": " + e.getMessage(), e));
        }
        IndependentPredictor predictor = "generator".equals(settings.get("energy_source")) ? null : predictor(context);
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            double energy;
            String source;
            if (predictor != null) {
                energy = predictor.predict(c.structure()).getOrDefault(PROPERTY, Double.NaN);
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
                    "estimate: E_f %.3f eV/atom (%s), %.3f eV/atom above the hull of %d Perov-5 training entries",
                    energy, source, e, hull.size())));
        }
        return out;
    }

    private static IndependentPredictor predictor(RunContext context) {
        try {
            return IndependentPredictor.loadDefault();
        } catch (IOException e) {
            context.log(ID + ": " + e.getMessage() + "; using the generator's formation-energy head instead");
            return null;
        }
    }

    static IStatus status(String message, Throwable e) {
        return new Status(IStatus.ERROR, "org.matdesign.models.meidnet", message, e);
    }
}
