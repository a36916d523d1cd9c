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
 * Optimizer {@value #ID}: Adam on each candidate's latent ({@link MeidnetGenerator#LATENT}) minimising L_target +
 * lambda L_physical on the unit sphere ({@link LatentSearch}), then, of the starts of one requested candidate (one
 * {@link Candidate#group()}), keeps the one with the lowest objective whose decoding is a valid cell, decoded with the
 * model's decoder (species among the allowed elements). Candidates without a latent pass through unchanged. Settings
 * in {@link LatentAdamSettings}.
 */
public final class MeidnetLatentOptimizer implements Optimizer {

    public static final String ID = "meidnet.latent-adam";

    @Override
    public List<Candidate> optimize(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        MeidnetModel model = DesignModels.of(context, ID);
        boolean[] mask = MeidnetGenerator.mask(model, context);
        SearchSettings search;
        try {
            search = SearchSettings.from(context.settings(ID));
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
            float[] z = c.attribute(MeidnetGenerator.LATENT).orElse(null);
            (z != null && z.length == model.config().latent() ? withLatent : passThrough).add(c);
        }
        float[][] starts = new float[withLatent.size()][];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = withLatent.get(i).attribute(MeidnetGenerator.LATENT).orElseThrow();
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Optimising " + starts.length + " latents", 1000);
        long[] reported = {0};
        LatentSearch.Result result;
        try {
            double pull = context.settings(ID).getDouble(LatentAdamSettings.LAMBDA_MANIFOLD);
            result = new LatentSearch(model, search).nearManifold(pull > 0 ? anchors(model, context) : new float[0][],
                    pull).run(starts, targets, (done, total) -> {
                long work = 900 * done / Math.max(1, total);
                progress.worked((int) (work - reported[0]));
                reported[0] = work;
            }, progress::isCanceled);
        } catch (CancellationException e) {
            throw new OperationCanceledException(e.getMessage());
        }
        // Decoded in the search's batches, so that a slice of one batch decodes as in a call with all of them.
        List<Structure> decoded = LatentDecoding.structures(model, result.latents(), mask, search.batchSize());
        progress.setWorkRemaining(1);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < starts.length; i++) {
            if (decoded.get(i) == null) {
                continue;
            }
            String group = withLatent.get(i).group();
            Integer current = best.get(group);
            if (current == null || result.objective()[i] < result.objective()[current]) {
                best.put(group, i);
            }
        }
        List<Candidate> out = new ArrayList<>(passThrough);
        List<String> names = model.propertyNames();
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            int i = e.getValue();
            out.add(Candidate.of(e.getKey(), decoded.get(i), ID).withPredicted(MeidnetGenerator.physical(names,
                    result.predicted()[i])).withObjective(result.objective()[i]).withAttribute(
                            MeidnetGenerator.LATENT, result.latents()[i]));
        }
        context.log(ID + ": kept " + best.size() + " candidates (best of their starts) from " + starts.length
                + " optimised latents");
        progress.worked(1);
        return out;
    }

    /** The encoded training crystals, once per run; none when the run has no training data. */
    private static float[][] anchors(MeidnetModel model, RunContext context) throws CoreException {
        if (context.trainingSet().isEmpty()) {
            return new float[0][];
        }
        try {
            return context.shared(ID + ".anchors|" + context.trainingSet().get().checksum(), float[][].class,
                    () -> TrainingStarts.encode(model, context.trainingSet().get().structures()));
        } catch (Exception e) {
            throw failure("optimizer " + ID + ": cannot encode the training crystals: " + e.getMessage(), e);
        }
    }

    /**
     * {@link LatentSearch} runs Adam on batches of the setting {@code batch} latents, each batch on its own; a slice of
     * exactly one batch is therefore searched and decoded bit for bit as in one call (a smaller slice would change the float
     * rounding of the batched products, and so the designs).
     */
    @Override
    public int independentSlice(RunContext context) throws CoreException {
        try {
            return SearchSettings.from(context.settings(ID)).batchSize();
        } catch (IllegalArgumentException e) {
            throw failure("optimizer " + ID + ": " + e.getMessage(), e);
        }
    }

    private static CoreException failure(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", message, cause));
    }
}
