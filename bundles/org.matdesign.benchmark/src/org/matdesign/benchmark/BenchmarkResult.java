package org.matdesign.benchmark;

import java.util.List;
import java.util.Map;

/**
 * What a benchmark run measured.
 *
 * @param request the run
 * @param metrics figures by key ({@code recon.match_rate}, {@code gen.cov_r}, {@code opt.sr5}, ...), rates as
 *                fractions, in the order they were measured
 * @param facts   provenance: model and predictor facts, split sizes, what the decoder was given, skipped tasks
 * @param plots   distributions behind the figures
 */
public record BenchmarkResult(BenchmarkRequest request, Map<String, Double> metrics, Map<String, String> facts,
        List<Plot> plots) {

    /** One named sample of values. */
    public record Sample(String name, double[] values) {
    }

    /** Distributions drawn together, e.g. density of generated vs reference crystals. */
    public record Plot(String title, String xLabel, List<Sample> samples) {
    }

    public BenchmarkResult {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        plots = List.copyOf(plots);
    }
}
