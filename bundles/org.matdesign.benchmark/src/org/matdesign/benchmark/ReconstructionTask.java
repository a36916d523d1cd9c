package org.matdesign.benchmark;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.analysis.match.MatcherSettings;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.metrics.ReconstructionMetrics;
import org.matdesign.api.GenerativeModel;
import org.matdesign.core.Structure;

/**
 * CDVAE's reconstruction task on the whole test split: each crystal is reconstructed once; a pair matches when the
 * decoding is valid and StructureMatcher (ltol 0.3, stol 0.5, angle 10) finds it; invalid or missing decodings are
 * misses; RMSE is over matched pairs.
 */
final class ReconstructionTask {

    private ReconstructionTask() {
    }

    static void run(GenerativeModel.Session session, HeldOutData data, Measurements m, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reconstruction", 10);
        List<Structure> truth = data.testStructures();
        List<Structure> decoded = session.reconstruct(truth, progress.split(7));
        if (decoded == null || decoded.size() != truth.size()) {
            throw new IllegalStateException("the model returned " + (decoded == null ? "no list" : decoded.size()
                    + " reconstructions") + " for " + truth.size() + " crystals");
        }
        int missing = (int) decoded.stream().filter(s -> s == null).count();
        ReconstructionMetrics r = ReconstructionMetrics.compute(decoded, truth,
                new StructureMatcher(MatcherSettings.defaults()));
        progress.split(3);
        m.metric("recon.crystals", r.pairs());
        m.metric("recon.match_rate", r.matchRate());
        m.metric("recon.rmse", r.meanRms());
        m.metric("recon.no_decoding", missing);
        m.fact("recon.input", session.reconstructionInput());
        m.plot("Reconstruction RMS of matched test crystals", "normalised RMS distance",
                new BenchmarkResult.Sample("matched pairs", Arrays.stream(r.rms()).filter(Double::isFinite).toArray()));
    }
}
