package org.matdesign.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the figures, facts and plots of one benchmark run, in the order the tasks produce them. */
final class Measurements {

    final Map<String, Double> metrics = new LinkedHashMap<>();
    final Map<String, String> facts = new LinkedHashMap<>();
    final List<BenchmarkResult.Plot> plots = new ArrayList<>();

    void metric(String key, double value) {
        metrics.put(key, value);
    }

    void fact(String key, String value) {
        facts.put(key, value);
    }

    void plot(String title, String xLabel, BenchmarkResult.Sample... samples) {
        plots.add(new BenchmarkResult.Plot(title, xLabel, List.of(samples)));
    }
}
