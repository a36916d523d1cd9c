package org.matdesign.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What every contribution sees of the run it takes part in: the target, its own checked settings, the data folder
 * (optional: a run on a clean installation has none), the generator's training data, the campaign's shared resources,
 * a seeded random source and a log.
 */
public final class RunContext {

    private final DesignTarget target;
    private final Map<String, Settings> settingsById;
    private final Path dataDirectory;
    private final RunResources resources;
    private final TrainingSet trainingSet;
    private final Consumer<String> log;

    /** @param trainingSet the generator's training data, null when it cannot tell */
    public RunContext(DesignTarget target, Map<String, Settings> settingsById, Path dataDirectory,
            RunResources resources, TrainingSet trainingSet, Consumer<String> log) {
        this.target = target;
        this.settingsById = Map.copyOf(settingsById);
        this.dataDirectory = dataDirectory;
        this.resources = resources;
        this.trainingSet = trainingSet;
        this.log = log;
    }

    /** The data the campaign's generator learned from, when it can tell (see {@link TrainingData}). */
    public Optional<TrainingSet> trainingSet() {
        return Optional.ofNullable(trainingSet);
    }

    public DesignTarget target() {
        return target;
    }

    /** The checked settings of the contribution with this id (its defaults when none were given). */
    public Settings settings(String contributionId) {
        return settingsById.getOrDefault(contributionId, Settings.none());
    }

    /** The reference data folder (datasets); null when the run has none. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A campaign-wide resource, created once (see {@link RunResources#shared}). */
    public <T> T shared(String key, Class<T> type, Callable<? extends T> factory) throws Exception {
        return resources.shared(key, type, factory);
    }

    /** The campaign's property predictor with this id (see {@link RunResources#predictor}). */
    public PropertyPredictor predictor(String id) throws Exception {
        return resources.predictor(id);
    }

    /** Records a provenance fact of this run (see {@link RunResources#record}). */
    public void record(String key, String value) {
        resources.record(key, value);
    }

    /** A random source derived from the target's seed and the asking contribution, so runs are reproducible. */
    public Random random(String contributionId) {
        return new Random(target.seed() * 1_000_003L + contributionId.hashCode());
    }

    public void log(String message) {
        log.accept(message);
    }
}
