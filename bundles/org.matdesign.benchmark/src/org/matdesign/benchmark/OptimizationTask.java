package org.matdesign.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Structure;

/**
 * CDVAE's optimisation task: from a seeded draw of test crystals the model lowers the dataset's optimised property;
 * a run succeeds at SRk when the best valid crystal it decoded on the way has an independently predicted value at or
 * below the k-th percentile of the training property (k = 5, 10, 15). A run with no valid decoding fails. CDVAE judged
 * success with its own property model; here it is the campaign's independent predictor, never the model's own head.
 */
final class OptimizationTask {

    static final int[] PERCENTILES = {5, 10, 15};

    private OptimizationTask() {
    }

    static void run(GenerativeModel.Session session, HeldOutData data, PropertyPredictor predictor,
            BenchmarkRequest request, Measurements m, IProgressMonitor monitor) throws CoreException {
        String property = data.dataset().optimized();
        if (predictor == null || !predictor.properties().contains(property)) {
            m.fact("opt.skipped", "the independent predictor does not predict " + property);
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Optimisation", 10);
        List<Structure> starts = starts(data, request.starts(), request.seed());
        List<List<Structure>> paths = session.optimize(starts, property, true, request.seed(), progress.split(7));
        if (paths == null || paths.size() != starts.size()) {
            throw new IllegalStateException("the model returned " + (paths == null ? "no list" : paths.size()
                    + " optimisation paths") + " for " + starts.size() + " starts");
        }
        List<Structure> visited = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (Structure s : paths.get(i) == null ? List.<Structure>of() : paths.get(i)) {
                if (s != null && Validity.of(s).valid()) {
                    visited.add(s);
                    owner.add(i);
                }
            }
        }
        Predictions predicted = Predictions.of(predictor, visited, progress.split(2));
        double[] best = new double[starts.size()];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int k = 0; k < visited.size(); k++) {
            double v = predicted.value(k, property);
            if (Double.isFinite(v)) {
                best[owner.get(k)] = Math.min(best[owner.get(k)], v);
            }
        }
        double[] startValues = Predictions.of(predictor, starts, progress.split(1)).values(property);
        double[] train = data.trainValues(property);
        Arrays.sort(train);
        m.metric("opt.starts", starts.size());
        m.metric("opt.valid_decodings", visited.size());
        for (int p : PERCENTILES) {
            double threshold = percentile(train, p);
            long hits = Arrays.stream(best).filter(v -> v <= threshold).count();
            m.metric("opt.sr" + p, (double) hits / starts.size());
            m.metric("opt.threshold_p" + p, threshold);
        }
        double[] finiteBest = Arrays.stream(best).filter(Double::isFinite).toArray();
        m.metric("opt.runs_without_valid_decoding", starts.size() - finiteBest.length);
        m.fact("opt.property", property + " (lower is better), judged by predictor " + request.predictor()
                + "; thresholds: percentiles 5/10/15 of the training split's " + data.dataset().columns().get(property)
                + " (CDVAE: of " + data.dataset().cdvaeOptimizedColumn() + " on the official training split)");
        String unit = predictor.unit(property);
        m.plot(property + ": starts and best per run",
                property + (unit.isEmpty() ? "" : " (" + unit + ")"),
                new BenchmarkResult.Sample("starts (independent predictor)", startValues),
                new BenchmarkResult.Sample("best per run (independent predictor)", finiteBest));
    }

    private static List<Structure> starts(HeldOutData data, int count, long seed) {
        List<Structure> test = new ArrayList<>(data.testStructures());
        Collections.shuffle(test, new Random(seed));
        return test.subList(0, Math.min(count, test.size()));
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
