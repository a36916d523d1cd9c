package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Epochs over seeded mini-batches with one {@link NDScope} per step (every temporary of forward and backward dies
 * with it, so memory stays flat), the optimiser update after that scope, global-norm gradient clipping, a progress
 * listener, cancellation between steps, and a checkpoint after every epoch.
 * <p>
 * A checkpoint ({@value #CHECKPOINT}{@code .json/.bin} in the checkpoint folder) holds the parameters, Adam's
 * moments and step count, the number of completed epochs and the loss history. Nothing else is needed to resume
 * bit-exactly: batch order is a function of (seed, epoch) ({@link BatchOrder}) and the step function must draw any
 * randomness it needs from (seed, epoch, step) too. A run killed mid-epoch restarts that epoch from the last
 * checkpoint.
 */
public final class TrainingLoop {

    public static final String CHECKPOINT = "checkpoint";

    /**
     * Computes the scalar loss of one batch and puts named scalar components (for logs) into {@code components}.
     * The loop reads their values only after the backward pass: reading a value inside the graph before backward
     * was seen to corrupt gradients (NaN) with the PyTorch engine.
     */
    @FunctionalInterface
    public interface StepLoss {
        NDArray compute(int epoch, int step, int[] batch, Map<String, NDArray> components);
    }

    public interface Listener {
        default void onStep(int epoch, int step, int steps, Map<String, Double> components) {
        }

        default void onEpoch(EpochSummary summary) {
        }
    }

    /**
     * @param finalLearningRateFraction the learning rate follows a cosine from {@code learningRate} at the first step
     *                                  to this fraction of it at the last step (1 = constant)
     */
    public record Settings(int epochs, int batchSize, long seed, float learningRate, float clipNorm, boolean dropLast,
            float finalLearningRateFraction) {
        public Settings {
            if (epochs < 1 || batchSize < 1) {
                throw new IllegalArgumentException("epochs and batch size must be >= 1");
            }
            if (!(finalLearningRateFraction > 0 && finalLearningRateFraction <= 1)) {
                throw new IllegalArgumentException("final learning-rate fraction must be in (0, 1]");
            }
        }

        public Settings(int epochs, int batchSize, long seed, float learningRate, float clipNorm, boolean dropLast) {
            this(epochs, batchSize, seed, learningRate, clipNorm, dropLast, 1f);
        }

        /** Learning rate at a step of an epoch: a function of the position only, so resume is exact. */
        public float learningRateAt(int epoch, int step, int stepsPerEpoch) {
            if (finalLearningRateFraction >= 1f) {
                return learningRate;
            }
            double progress = (epoch + (double) step / stepsPerEpoch) / epochs;
            double cosine = 0.5 * (1 + Math.cos(Math.PI * progress));
            return (float) (learningRate * (finalLearningRateFraction + (1 - finalLearningRateFraction) * cosine));
        }
    }

    public record EpochSummary(int epoch, int epochs, Map<String, Double> meanLosses, double seconds, long steps) {
    }

    public record Result(int epochsCompleted, boolean cancelled, List<EpochSummary> history) {
    }

    private final Parameters params;
    private final Adam adam;
    private final Settings settings;
    private final int datasetSize;
    private final Path checkpointDir;
    private final JsonObject checkpointMetadata;
    private final List<EpochSummary> history = new ArrayList<>();
    private int nextEpoch;

    /**
     * @param checkpointDir      where to write the per-epoch checkpoint, or null for none
     * @param checkpointMetadata extra metadata saved with each checkpoint (e.g. the model configuration)
     */
    public TrainingLoop(Parameters params, Adam adam, Settings settings, int datasetSize, Path checkpointDir,
            JsonObject checkpointMetadata) {
        if (datasetSize < 1) {
            throw new IllegalArgumentException("no training examples");
        }
        this.params = params;
        this.adam = adam;
        this.settings = settings;
        this.datasetSize = datasetSize;
        this.checkpointDir = checkpointDir;
        this.checkpointMetadata = checkpointMetadata == null ? new JsonObject() : checkpointMetadata.deepCopy();
    }

    public int nextEpoch() {
        return nextEpoch;
    }

    public List<EpochSummary> history() {
        return List.copyOf(history);
    }

    /** Whether {@code dir} holds a checkpoint. */
    public static boolean hasCheckpoint(Path dir) {
        return TensorFile.exists(dir, CHECKPOINT);
    }

    /** Reads only the metadata of a checkpoint (verifying its checksum). */
    public static JsonObject checkpointMetadata(Path dir) throws IOException {
        return TensorFile.read(dir, CHECKPOINT).metadata();
    }

    /**
     * Restores parameters, optimiser state, epoch counter and history from the checkpoint in the checkpoint folder.
     * Refuses a checkpoint written with other settings (seed, batch size, epochs, learning rate, clipping).
     *
     * @return the epoch training will continue with
     */
    public int resume() throws IOException {
        if (checkpointDir == null || !hasCheckpoint(checkpointDir)) {
            throw new IOException("no checkpoint to resume from in " + checkpointDir);
        }
        TensorFile file = TensorFile.read(checkpointDir, CHECKPOINT);
        String source = TensorFile.jsonPath(checkpointDir, CHECKPOINT).toString();
        JsonObject meta = file.metadata();
        JsonObject saved = meta.getAsJsonObject("loop");
        JsonObject now = settingsJson();
        for (String key : now.keySet()) {
            if (!now.get(key).equals(saved.get(key))) {
                throw new TensorFileException(source + ": checkpoint was written with " + key + "=" + saved.get(key)
                        + ", this run uses " + now.get(key));
            }
        }
        params.load(file.tensors(), source);
        adam.load(file.tensors(), source);
        nextEpoch = meta.get("epochsCompleted").getAsInt();
        history.clear();
        for (JsonElement e : meta.getAsJsonArray("history")) {
            JsonObject h = e.getAsJsonObject();
            Map<String, Double> losses = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> l : h.getAsJsonObject("losses").entrySet()) {
                losses.put(l.getKey(), l.getValue().getAsDouble());
            }
            history.add(new EpochSummary(h.get("epoch").getAsInt(), settings.epochs(), losses,
                    h.get("seconds").getAsDouble(), h.get("steps").getAsLong()));
        }
        return nextEpoch;
    }

    /** Trains from {@link #nextEpoch()} to the last epoch, or until {@code cancel} answers true between steps. */
    public Result run(StepLoss loss, Listener listener, BooleanSupplier cancel) throws IOException {
        DjlRuntime.engine(); // started (threads, seeds) before the first step
        Listener l = listener == null ? new Listener() { } : listener;
        for (int epoch = nextEpoch; epoch < settings.epochs(); epoch++) {
            long start = System.nanoTime();
            List<int[]> batches = BatchOrder.batches(datasetSize, settings.batchSize(), settings.seed(), epoch,
                    settings.dropLast());
            Map<String, Double> sums = new LinkedHashMap<>();
            for (int step = 0; step < batches.size(); step++) {
                if (cancel != null && cancel.getAsBoolean()) {
                    return new Result(nextEpoch, true, history());
                }
                Map<String, Double> components = new LinkedHashMap<>();
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    Map<String, NDArray> parts = new LinkedHashMap<>();
                    int e = epoch;
                    int[] batch = batches.get(step);
                    int s = step;
                    Gradients.collect(collector -> {
                        NDArray value = loss.compute(e, s, batch, parts);
                        parts.putIfAbsent("loss", value);
                        collector.backward(value);
                        return value;
                    });
                    for (Map.Entry<String, NDArray> p : parts.entrySet()) {
                        components.put(p.getKey(), (double) p.getValue().getFloat());
                    }
                }
                // outside the step scope (see ml-facts pitfall 1); Adam keeps its own scope for temporaries
                double gradNorm = adam.update(settings.learningRateAt(epoch, step, batches.size()), settings.clipNorm());
                components.put("grad_norm", gradNorm);
                for (Map.Entry<String, Double> c : components.entrySet()) {
                    sums.merge(c.getKey(), c.getValue(), Double::sum);
                }
                l.onStep(epoch, step, batches.size(), components);
            }
            Map<String, Double> means = new LinkedHashMap<>();
            for (Map.Entry<String, Double> s : sums.entrySet()) {
                means.put(s.getKey(), s.getValue() / batches.size());
            }
            EpochSummary summary = new EpochSummary(epoch, settings.epochs(), means,
                    (System.nanoTime() - start) / 1e9, batches.size());
            history.add(summary);
            nextEpoch = epoch + 1;
            if (checkpointDir != null) {
                writeCheckpoint();
            }
            l.onEpoch(summary);
        }
        return new Result(nextEpoch, false, history());
    }

    private void writeCheckpoint() throws IOException {
        List<NamedTensor> tensors = new ArrayList<>(params.snapshot());
        tensors.addAll(adam.snapshot());
        JsonObject meta = checkpointMetadata.deepCopy();
        meta.add("loop", settingsJson());
        meta.addProperty("epochsCompleted", nextEpoch);
        meta.addProperty("restores", "parameters, Adam moments and step count, epoch counter, loss history;"
                + " batch order is recomputed from (seed, epoch)");
        JsonArray hist = new JsonArray();
        for (EpochSummary s : history) {
            JsonObject h = new JsonObject();
            h.addProperty("epoch", s.epoch());
            h.addProperty("seconds", s.seconds());
            h.addProperty("steps", s.steps());
            JsonObject losses = new JsonObject();
            s.meanLosses().forEach(losses::addProperty);
            h.add("losses", losses);
            hist.add(h);
        }
        meta.add("history", hist);
        TensorFile.write(checkpointDir, CHECKPOINT, tensors, meta, true);
    }

    /** Settings as strings, so that a float survives the JSON round trip and compares exactly. */
    private JsonObject settingsJson() {
        JsonObject o = new JsonObject();
        o.addProperty("epochs", Integer.toString(settings.epochs()));
        o.addProperty("batchSize", Integer.toString(settings.batchSize()));
        o.addProperty("seed", Long.toString(settings.seed()));
        o.addProperty("learningRate", Float.toString(settings.learningRate()));
        o.addProperty("clipNorm", Float.toString(settings.clipNorm()));
        o.addProperty("dropLast", Boolean.toString(settings.dropLast()));
        o.addProperty("finalLearningRateFraction", Float.toString(settings.finalLearningRateFraction()));
        o.addProperty("datasetSize", Integer.toString(datasetSize));
        return o;
    }
}
