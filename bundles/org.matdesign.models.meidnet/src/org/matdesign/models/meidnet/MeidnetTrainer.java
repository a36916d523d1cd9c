package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;

import com.google.gson.JsonObject;

import org.matdesign.ml.Adam;
import org.matdesign.ml.DjlRuntime;
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

    public record Outcome(MeidnetModel model, TrainingLoop.Result result) {
    }

    private MeidnetTrainer() {
    }

    /**
     * @param checkpointDir folder for the per-epoch checkpoint (null: none)
     * @param resume        continue from the checkpoint in {@code checkpointDir}
     */
    public static Outcome train(ModelConfig config, PreparedData data, Options options, Path checkpointDir,
            boolean resume, TrainingLoop.Listener listener, BooleanSupplier cancel) throws IOException {
        DjlRuntime.seed(options.seed()); // the engine's generator is not used by the model; seeded for any future use
        MeidnetModel model = MeidnetModel.create(config, options.seed());
        try {
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
            TrainingLoop.Result result = loop.run((epoch, step, batch, log) -> stepLoss(model, data, batch,
                    config.fusion().curriculum() ? curriculum.alpha(epoch) : 1.0, log), listener, cancel);
            return new Outcome(model, result);
        } catch (IOException | RuntimeException ex) {
            model.close();
            throw ex;
        }
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
