package org.matdesign.models.meidnet.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * {@link Candidate#group()}), keeps the one whose decoding is a valid cell with the lowest score: its objective plus
 * {@code lambda_output} times L_target of the decoded crystal encoded again ({@link OutputScore}), so the crystal
 * that is output is judged, not only its latent. The predictions reported are the crystal's. Candidates without a
 * latent pass through unchanged. Settings in {@link LatentAdamSettings}.
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
        float[][] capCenters = new float[starts.length][];
        double[] capRadii = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            Candidate c = withLatent.get(i);
            starts[i] = c.attribute(MeidnetGenerator.LATENT).orElseThrow();
            capCenters[i] = c.attribute(MeidnetGenerator.TRUST_CENTER).filter(z -> z.length == starts[0].length)
                    .orElse(null);
            capRadii[i] = c.attribute(MeidnetGenerator.TRUST_RADIUS).orElse(Math.PI);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Optimising " + starts.length + " latents", 1000);
        long[] reported = {0};
        LatentSearch.Result result;
        double pull = context.settings(ID).getDouble(LatentAdamSettings.LAMBDA_MANIFOLD);
        float[][] anchors = pull > 0 ? TrainingStarts.anchors(model, context, ID) : new float[0][];
        try {
            result = new LatentSearch(model, search).nearManifold(anchors, pull).withinCaps(capCenters, capRadii)
                    .run(starts, targets, (done, total) -> {
                long work = 900 * done / Math.max(1, total);
                progress.worked((int) (work - reported[0]));
                reported[0] = work;
            }, progress::isCanceled);
        } catch (CancellationException e) {
            throw new OperationCanceledException(e.getMessage());
        }
        // Decoded in the search's batches, so that a slice of one batch decodes as in a call with all of them.
        List<Structure> decoded = LatentDecoding.structures(model, result.latents(), mask, search.batchSize());
        OutputScore output = OutputScore.of(model, result.latents(), decoded, targets, search.batchSize());
        double lambdaOutput = context.settings(ID).getDouble(LatentAdamSettings.LAMBDA_OUTPUT);
        double[] score = new double[starts.length];
        for (int i = 0; i < starts.length; i++) { // a crystal that cannot be encoded again keeps its latent's loss
            double crystal = Double.isNaN(output.targetLoss()[i]) ? result.targetLoss()[i] : output.targetLoss()[i];
            score[i] = result.objective()[i] + lambdaOutput * crystal;
        }
        progress.setWorkRemaining(1);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < starts.length; i++) {
            if (decoded.get(i) == null) {
                continue;
            }
            String group = withLatent.get(i).group();
            Integer current = best.get(group);
            if (current == null || score[i] < score[current]) {
                best.put(group, i);
            }
        }
        List<Candidate> out = new ArrayList<>(passThrough);
        List<String> names = model.propertyNames();
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            int i = e.getValue();
            // The prediction for the crystal that is output, where it can be encoded again; else the latent's.
            double[] predicted = output.predicted()[i] != null ? output.predicted()[i] : result.predicted()[i];
            // The chosen start's own candidate, so what the generator attached (its seed, trust region) stays on it.
            out.add(withLatent.get(i).withId(e.getKey()).withStructure(decoded.get(i), ID).withPredicted(
                    MeidnetGenerator.physical(names, predicted)).withObjective(score[i])
                    .withAttribute(MeidnetGenerator.LATENT, result.latents()[i]));
        }
        context.log(ID + ": " + drift(best.values(), result, output, names));
        context.log(ID + ": kept " + best.size() + " candidates (best of their starts) from " + starts.length
                + " optimised latents");
        progress.worked(1);
        return out;
    }

    /** How far the crystals output are from the latents found: the gap between what the search saw and what it made. */
    private static String drift(Collection<Integer> kept, LatentSearch.Result result, OutputScore output,
            List<String> names) {
        double[] shift = new double[names.size()];
        double angle = 0;
        int n = 0;
        for (int i : kept) {
            if (output.predicted()[i] == null) {
                continue;
            }
            for (int k = 0; k < shift.length; k++) {
                shift[k] += Math.abs(output.predicted()[i][k] - result.predicted()[i][k]);
            }
            angle += output.roundTrip()[i];
            n++;
        }
        if (n == 0) {
            return "no kept crystal could be encoded again";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < shift.length; k++) {
            parts.add(String.format(Locale.ROOT, "%s %.3f", names.get(k), shift[k] / n));
        }
        return String.format(Locale.ROOT, "kept crystals re-encoded: mean round trip %.3f rad; the head's"
                + " prediction moved from latent to crystal by %s", angle / n, String.join(", ", parts));
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
