package org.matdesign.models.meidnet.screening;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;

/**
 * The Perov-5 training split (the crystals MEIDNet learned from), read once per data folder and split seed and shared
 * by the novelty and stability checks of a campaign.
 */
public final class TrainingReferences {

    public static final String DATASET = "perov_5";
    /** The split seed MEIDNet's training uses by default ({@code matdesign train --split-seed}). */
    public static final long DEFAULT_SPLIT_SEED = 42;

    private static final Map<String, List<DatasetRow>> CACHE = new HashMap<>();

    private TrainingReferences() {
    }

    /**
     * @param dataDirectory the data folder holding {@value #DATASET}/
     * @throws IllegalArgumentException when the folder is missing or unreadable (message names it)
     */
    public static synchronized List<DatasetRow> train(Path dataDirectory, long splitSeed) {
        if (dataDirectory == null) {
            throw new IllegalArgumentException("no data folder: the " + DATASET
                    + " training split is needed (pass --data DIR or set MATDESIGN_DATA)");
        }
        Path dir = dataDirectory.resolve(DATASET);
        String key = dir.toAbsolutePath().normalize() + "#" + splitSeed;
        List<DatasetRow> rows = CACHE.get(key);
        if (rows == null) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new IllegalArgumentException("dataset folder " + dir + " does not exist");
            }
            rows = DatasetSplit.of(dir, splitSeed).train();
            CACHE.put(key, rows);
        }
        return rows;
    }

    static long splitSeed(Map<String, String> settings) {
        String s = settings.get("split_seed");
        if (s == null || s.isBlank()) {
            return DEFAULT_SPLIT_SEED;
        }
        try {
            return (long) Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting split_seed must be an integer, got '" + s + "'");
        }
    }

    static double number(Map<String, String> settings, String key, double fallback) {
        String s = settings.get(key);
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("setting " + key + " must be a finite number, got '" + s + "'");
    }
}
