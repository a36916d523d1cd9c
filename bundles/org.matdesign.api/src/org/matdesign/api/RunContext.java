package org.matdesign.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * What every contribution sees of the run it takes part in: the target, its own settings (from a recipe or the
 * command line), the data folder, a seeded random source and a log.
 */
public final class RunContext {

    private final DesignTarget target;
    private final Map<String, Map<String, String>> settingsById;
    private final Path dataDirectory;
    private final Consumer<String> log;

    public RunContext(DesignTarget target, Map<String, Map<String, String>> settingsById, Path dataDirectory,
            Consumer<String> log) {
        this.target = target;
        this.settingsById = Map.copyOf(settingsById);
        this.dataDirectory = dataDirectory;
        this.log = log;
    }

    public DesignTarget target() {
        return target;
    }

    /** Settings given to the contribution with this id; empty when none were given. */
    public Map<String, String> settings(String contributionId) {
        return settingsById.getOrDefault(contributionId, Map.of());
    }

    /** The reference data folder (datasets, reference entries); may be null when the run needs none. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A random source derived from the target's seed and the asking contribution, so runs are reproducible. */
    public Random random(String contributionId) {
        return new Random(target.seed() * 1_000_003L + contributionId.hashCode());
    }

    public void log(String message) {
        log.accept(message);
    }
}
