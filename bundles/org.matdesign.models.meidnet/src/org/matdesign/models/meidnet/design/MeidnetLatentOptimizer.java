package org.matdesign.models.meidnet.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Optimizer;
import org.matdesign.api.RunContext;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Optimizer {@value #ID}: Adam on each candidate's latent minimising L_target + lambda L_physical on the unit sphere
 * ({@link LatentSearch}), then, of the starts of one requested candidate ({@code cNNN-sMM} ids from
 * {@link MeidnetGenerator}), keeps the one with the lowest objective whose decoding is a valid cell, decoded with the
 * model's decoder. Candidates without a latent pass through unchanged. Settings: {@code model}, {@code steps},
 * {@code learning_rate}, {@code lambda_physical}, {@code batch}, {@code min_distance}.
 */
public final class MeidnetLatentOptimizer implements Optimizer {

    public static final String ID = "meidnet.latent-adam";
    /** The objective value behind a kept candidate, in {@link Candidate#predicted()} under this key. */
    public static final String OBJECTIVE_KEY = "objective";

    @Override
    public List<Candidate> optimize(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Map<String, String> settings = context.settings(ID);
        MeidnetModel model = MeidnetGenerator.model(settings.get(DesignModels.SETTING));
        SearchSettings search;
        try {
            search = SearchSettings.from(settings);
        } catch (IllegalArgumentException e) {
            throw failure("optimizer " + ID + ": " + e.getMessage(), e);
        }
        Map<String, Double> targets = context.target().properties();
        for (String name : targets.keySet()) {
            if (!model.propertyNames().contains(name)) {
                throw failure("optimizer " + ID + ": the model does not predict '" + name + "' (it predicts "
                        + model.propertyNames() + ")", null);
            }
        }
        List<Candidate> withLatent = new ArrayList<>();
        List<Candidate> passThrough = new ArrayList<>();
        for (Candidate c : candidates) {
            float[] z = c.latent();
            (z != null && z.length == model.config().latent() ? withLatent : passThrough).add(c);
        }
        float[][] starts = new float[withLatent.size()][];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = withLatent.get(i).latent();
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Optimising " + starts.length + " latents", 1000);
        long[] reported = {0};
        LatentSearch.Result result;
        try {
            result = new LatentSearch(model, search).run(starts, targets, (done, total) -> {
                long work = 900 * done / Math.max(1, total);
                progress.worked((int) (work - reported[0]));
                reported[0] = work;
            }, progress::isCanceled);
        } catch (CancellationException e) {
            throw new OperationCanceledException(e.getMessage());
        }
        List<Structure> decoded = LatentDecoding.structures(model, result.latents());
        progress.setWorkRemaining(1);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < starts.length; i++) {
            if (decoded.get(i) == null) {
                continue;
            }
            String group = group(withLatent.get(i).id());
            Integer current = best.get(group);
            if (current == null || result.objective()[i] < result.objective()[current]) {
                best.put(group, i);
            }
        }
        List<Candidate> out = new ArrayList<>(passThrough);
        List<String> names = model.propertyNames();
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            int i = e.getValue();
            Map<String, Double> predicted = MeidnetGenerator.physical(names, result.predicted()[i]);
            predicted.put(OBJECTIVE_KEY, result.objective()[i]);
            out.add(new Candidate(e.getKey(), decoded.get(i), ID, predicted, Map.of(), result.latents()[i]));
        }
        context.log(ID + ": kept " + best.size() + " candidates (best of their starts) from " + starts.length
                + " optimised latents");
        progress.worked(1);
        return out;
    }

    /** {@code c007-s03} -> {@code c007}; an id without a start suffix is its own group. */
    static String group(String id) {
        int dash = id.lastIndexOf("-s");
        return dash > 0 ? id.substring(0, dash) : id;
    }

    private static CoreException failure(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", message, cause));
    }
}
