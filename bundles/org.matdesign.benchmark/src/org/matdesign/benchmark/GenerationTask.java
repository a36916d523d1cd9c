package org.matdesign.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.analysis.metrics.Coverage;
import org.matdesign.analysis.metrics.GenerationMetrics;
import org.matdesign.analysis.metrics.Wasserstein;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Structure;

/**
 * CDVAE's generation task: unconditional samples in batches of {@value #BATCH} (CDVAE: 20 x 500), validity over all of
 * them (a sample the model could not decode is invalid), then on a seeded draw of valid samples the distribution
 * distances to the test split. Property distributions: CDVAE used its own separately trained predictor; here the
 * campaign's independent predictor predicts both the samples and the test crystals, so its own bias cancels.
 */
final class GenerationTask {

    static final int BATCH = 500;

    private GenerationTask() {
    }

    static void run(GenerativeModel.Session session, HeldOutData data, PropertyPredictor predictor,
            BenchmarkRequest request, Measurements m, IProgressMonitor monitor) throws CoreException {
        int total = request.samples();
        SubMonitor progress = SubMonitor.convert(monitor, "Generation", total / BATCH + 18);
        List<Structure> generated = new ArrayList<>();
        for (int from = 0, batch = 0; from < total; from += BATCH, batch++) {
            int count = Math.min(BATCH, total - from);
            List<Structure> part = session.sample(count, Map.of(), request.seed() + batch, progress.split(1));
            if (part == null || part.size() != count) {
                throw new IllegalStateException("the model returned " + (part == null ? "no list" : part.size()
                        + " samples") + " when asked for " + count);
            }
            generated.addAll(part);
        }
        List<Structure> reference = data.testStructures();
        GenerationMetrics g = GenerationMetrics.compute(generated, reference, request.validSamples(), request.seed());
        progress.split(6);
        m.metric("gen.samples", total);
        m.metric("gen.no_decoding", generated.stream().filter(s -> s == null).count());
        m.metric("gen.struct_validity", g.structValid());
        m.metric("gen.comp_validity", g.compValid());
        m.metric("gen.valid", g.valid());
        m.metric("gen.sampled_valid", g.sampled());
        coverage(generated, reference, data.dataset(), m, progress.split(6));
        if (g.sample().isEmpty()) {
            return; // nothing valid to compare with the test split
        }
        m.metric("gen.struct_diversity", g.structDiversity());
        m.metric("gen.comp_diversity", g.compDiversity());
        m.metric("gen.wdist_density", g.wdistDensity());
        m.metric("gen.wdist_num_elements", g.wdistNumElements());
        List<Structure> sample = g.sample();
        m.plot("Density of valid samples", "density (g/cm^3)",
                new BenchmarkResult.Sample("generated", GenerationMetrics.densities(sample)),
                new BenchmarkResult.Sample("test split", GenerationMetrics.densities(reference)));
        m.plot("Number of elements", "distinct elements per crystal",
                new BenchmarkResult.Sample("generated", GenerationMetrics.elementCounts(sample)),
                new BenchmarkResult.Sample("test split", GenerationMetrics.elementCounts(reference)));
        if (predictor != null) {
            propertyDistances(predictor, sample, reference, m, progress.split(6));
        }
    }

    /**
     * COV-R / COV-P over every generated crystal with fingerprints, valid or not (CDVAE); one the model could not
     * decode counts in COV-P's denominator.
     */
    private static void coverage(List<Structure> generated, List<Structure> reference, BenchmarkDataset dataset,
            Measurements m, SubMonitor progress) {
        List<Coverage.Fingerprints> gen = generated.parallelStream()
                .map(s -> s == null ? null : Coverage.Fingerprints.of(s)).toList();
        List<Coverage.Fingerprints> ref = Coverage.Fingerprints.of(reference);
        progress.worked(1);
        Coverage c = Coverage.compute(gen, ref, Coverage.Thresholds.forDataset(dataset.name()));
        m.metric("gen.cov_r", c.covRecall());
        m.metric("gen.cov_p", c.covPrecision());
        m.metric("gen.amsd_r", c.amsdRecall());
        m.metric("gen.amsd_p", c.amsdPrecision());
        m.metric("gen.amcd_r", c.amcdRecall());
        m.metric("gen.amcd_p", c.amcdPrecision());
        m.metric("gen.no_fingerprint", gen.stream().filter(f -> f == null).count());
        m.plot("Nearest structure fingerprint (COV threshold "
                + Coverage.Thresholds.forDataset(dataset.name()).structure() + ")", "CrystalNN 'ops' L2 distance",
                new BenchmarkResult.Sample("test crystal to nearest sample (COV-R)", c.structureRecallDistances()),
                new BenchmarkResult.Sample("sample to nearest test crystal (COV-P)",
                        c.structurePrecisionDistances()));
    }

    private static void propertyDistances(PropertyPredictor predictor, List<Structure> sample,
            List<Structure> reference, Measurements m, SubMonitor progress) throws CoreException {
        Predictions gen = Predictions.of(predictor, sample, progress.split(1));
        Predictions ref = Predictions.of(predictor, reference, progress.split(1));
        for (String p : predictor.properties()) {
            double[] a = gen.values(p);
            double[] b = ref.values(p);
            if (a.length == 0 || b.length == 0) {
                continue;
            }
            m.metric("gen.wdist_" + p, Wasserstein.distance(a, b));
            String unit = predictor.unit(p);
            m.plot(p + ", independent predictor",
                    p + (unit.isEmpty() ? "" : " (" + unit + ")"), new BenchmarkResult.Sample("generated", a),
                    new BenchmarkResult.Sample("test split", b));
        }
    }
}
