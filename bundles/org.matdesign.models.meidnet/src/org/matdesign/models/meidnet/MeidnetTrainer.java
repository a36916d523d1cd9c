package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import com.google.gson.JsonObject;

import org.matdesign.ml.Adam;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.TrainingLoop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Trains a MEIDNet on prepared data with the paper's objective; checkpoints per epoch and resumes. */
public final class MeidnetTrainer {

    /** @param finalLearningRateFraction cosine decay of the learning rate to this fraction (1 = constant) */
    public record Options(int epochs, int batchSize, long seed, float learningRate, float clipNorm,
            float finalLearningRateFraction) {
        public Options(int epochs, int batchSize, long seed, float learningRate, float clipNorm) {
            this(epochs, batchSize, seed, learningRate, clipNorm, 1f);
        }

        /** Batch 64, Adam 1e-3 with cosine decay to 5 %, global gradient-norm clipping at 5. */
        public static Options defaults(int epochs, long seed) {
            return new Options(epochs, 64, seed, 1e-3f, 5f, 0.05f);
        }

        public Options withBatch(int newBatch) {
            return new Options(epochs, newBatch, seed, learningRate, clipNorm, finalLearningRateFraction);
        }
    }

    /** @param copiedParameters the parameters taken from the initial model (none when trained from scratch) */
    public record Outcome(MeidnetModel model, TrainingLoop.Result result, List<String> copiedParameters) {
    }

    private MeidnetTrainer() {
    }

    /**
     * @param checkpointDir folder for the per-epoch checkpoint (null: none)
     * @param resume        continue from the checkpoint in {@code checkpointDir}
     */
    public static Outcome train(ModelConfig config, PreparedData data, Options options, Path checkpointDir,
            boolean resume, TrainingLoop.Listener listener, BooleanSupplier cancel) throws IOException {
        return train(config, data, null, options, checkpointDir, resume, listener, null, cancel, null);
    }

    /** Hears the objective's mean components on held-out crystals after every epoch. */
    public interface HeldOutListener {
        void onHeldOut(TrainingLoop.EpochSummary epoch, Map<String, Double> heldOut);
    }

    /**
     * As {@link #train(ModelConfig, PreparedData, Options, Path, boolean, TrainingLoop.Listener, BooleanSupplier)},
     * and after each epoch the objective on {@code heldOut} (no gradients, same curriculum weight) goes to
     * {@code heldOutListener}. With {@code initial} (a model's parameters by name) every parameter of the same
     * name and shape starts from it: a fine-tuning.
     */
    public static Outcome train(ModelConfig config, PreparedData data, PreparedData heldOut, Options options,
            Path checkpointDir, boolean resume, TrainingLoop.Listener listener, HeldOutListener heldOutListener,
            BooleanSupplier cancel, Map<String, NamedTensor> initial) throws IOException {
        DjlRuntime.seed(options.seed()); // the engine's generator is not used by the model; seeded for any future use
        MeidnetModel model = MeidnetModel.create(config, options.seed());
        try {
            List<String> copied = initial == null ? List.of() : model.network().parameters().loadMatching(initial);
            Adam adam = new Adam(model.network().parameters());
            JsonObject meta = new JsonObject();
            meta.add("config", config.toJson());
            TrainingLoop loop = new TrainingLoop(model.network().parameters(), adam,
                    new TrainingLoop.Settings(options.epochs(), options.batchSize(), options.seed(),
                            options.learningRate(), options.clipNorm(), true, options.finalLearningRateFraction()),
                    data.size(), checkpointDir, meta);
            if (resume) {
                loop.resume();
            }
            Curriculum curriculum = new Curriculum(options.epochs());
            java.util.function.IntToDoubleFunction alpha = epoch -> config.fusion().curriculum()
                    ? curriculum.alpha(epoch) : 1.0;
            TrainingLoop.Listener heard = heldOut == null || heldOutListener == null ? listener
                    : withHeldOut(listener, model, heldOut, options.batchSize(), alpha, heldOutListener);
            TrainingLoop.Result result = loop.run((epoch, step, batch, log) -> stepLoss(model, data, batch,
                    alpha.applyAsDouble(epoch), log), heard, cancel);
            return new Outcome(model, result, copied);
        } catch (IOException | RuntimeException ex) {
            model.close();
            throw ex;
        }
    }

    private static TrainingLoop.Listener withHeldOut(TrainingLoop.Listener listener, MeidnetModel model,
            PreparedData heldOut, int batchSize, java.util.function.IntToDoubleFunction alpha,
            HeldOutListener heldOutListener) {
        return new TrainingLoop.Listener() {
            @Override
            public void onStep(int epoch, int step, int steps, Map<String, Double> components) {
                if (listener != null) {
                    listener.onStep(epoch, step, steps, components);
                }
            }

            @Override
            public void onEpoch(TrainingLoop.EpochSummary summary) {
                if (listener != null) {
                    listener.onEpoch(summary);
                }
                heldOutListener.onHeldOut(summary, heldOutLosses(model, heldOut, batchSize,
                        alpha.applyAsDouble(summary.epoch())));
            }
        };
    }

    /** The objective's mean components over held-out crystals, batch by batch, outside any gradient recording. */
    public static Map<String, Double> heldOutLosses(MeidnetModel model, PreparedData heldOut, int batchSize,
            double alpha) {
        Map<String, Double> sums = new java.util.LinkedHashMap<>();
        int n = heldOut.size();
        for (int from = 0; from < n; from += batchSize) {
            int[] batch = java.util.stream.IntStream.range(from, Math.min(n, from + batchSize)).toArray();
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                Map<String, NDArray> log = new java.util.LinkedHashMap<>();
                stepLoss(model, heldOut, batch, alpha, log); // the objective logs "loss" and its parts
                log.forEach((k, v) -> sums.merge(k, (double) v.toFloatArray()[0] * batch.length, Double::sum));
            }
        }
        Map<String, Double> means = new java.util.LinkedHashMap<>();
        sums.forEach((k, v) -> means.put(k, v / Math.max(1, n)));
        return means;
    }

    static NDArray stepLoss(MeidnetModel model, PreparedData data, int[] batch, double alpha,
            Map<String, NDArray> log) {
        List<CrystalFeatures> crystals = new ArrayList<>(batch.length);
        float[][] y = new float[batch.length][];
        for (int i = 0; i < batch.length; i++) {
            crystals.add(data.features().get(batch[i]));
            y[i] = data.properties()[batch[i]];
        }
        CrystalBatch cb = CrystalBatch.of(crystals, y, model.config(), model.manager());
        return MeidnetObjective.loss(model.network(), cb, alpha, log);
    }
}
