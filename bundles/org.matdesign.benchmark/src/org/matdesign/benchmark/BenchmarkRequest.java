package org.matdesign.benchmark;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.matdesign.api.GenerativeModel.Task;

/**
 * One run of the benchmark protocol.
 *
 * @param model          id of the generative model contribution
 * @param modelSettings  its settings (checked against its declaration), e.g. {@code model=FOLDER}
 * @param dataset        the dataset whose held-out split is the reference
 * @param datasetFolder  the folder holding the dataset's CSV files
 * @param tasks          the tasks to run (those the model cannot do are reported as skipped)
 * @param samples        crystals to generate (CDVAE: 10,000)
 * @param validSamples   valid crystals drawn for diversity and distribution distances (CDVAE: 1,000)
 * @param starts         optimisation starts from the test split (CDVAE: 100)
 * @param predictor      id of the independent property predictor (property distributions, optimisation success);
 *                       null or blank: the one trained on the dataset ({@link BenchmarkDataset#predictor()})
 * @param seed           seeds sampling, subsampling and start selection
 */
public record BenchmarkRequest(String model, Map<String, Object> modelSettings, BenchmarkDataset dataset,
        Path datasetFolder, Set<Task> tasks, int samples, int validSamples, int starts, String predictor, long seed) {

    public static final int CDVAE_SAMPLES = 10_000;
    public static final int CDVAE_VALID_SAMPLES = 1_000;
    public static final int CDVAE_STARTS = 100;

    public BenchmarkRequest {
        modelSettings = Map.copyOf(modelSettings);
        predictor = predictor == null || predictor.isBlank() ? dataset.predictor() : predictor;
        tasks = tasks.isEmpty() ? EnumSet.noneOf(Task.class) : EnumSet.copyOf(tasks);
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2, got " + samples);
        }
        if (validSamples < 2) {
            throw new IllegalArgumentException("valid samples must be at least 2, got " + validSamples);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1, got " + starts);
        }
    }
}
