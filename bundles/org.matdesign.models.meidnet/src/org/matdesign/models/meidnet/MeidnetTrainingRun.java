package org.matdesign.models.meidnet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.matdesign.core.data.DatasetSplit;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.TrainingLoop;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * One MEIDNet training as `matdesign train` and the workbench's training monitor both run it: the dataset's seeded
 * training split, statistics fitted on it, the paper's objective with a checkpoint per epoch (resumed when asked),
 * the objective on the validation split after every epoch, and the training record saved with the model.
 */
public final class MeidnetTrainingRun {

    /** What to train; {@code resume} continues from the checkpoint in the output folder when there is one. */
    public record Settings(String dataset, Path dataFolder, long splitSeed, FusionMode fusion, int epochs, int batch,
            long seed, double learningRate, double finalLearningRateFraction, boolean resume) {
        public Settings {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(fusion, "fusion");
            if (epochs < 1 || batch < 2 || !(learningRate > 0)) {
                throw new IllegalArgumentException("epochs must be >= 1, batch >= 2 and the learning rate > 0");
            }
            if (!(finalLearningRateFraction > 0 && finalLearningRateFraction <= 1)) {
                throw new IllegalArgumentException("the final learning-rate fraction must be in (0, 1]");
            }
        }

        /** The defaults of `matdesign train` for a dataset and a number of epochs. */
        public static Settings defaults(String dataset, Path dataFolder, int epochs, long seed, boolean resume) {
            return new Settings(dataset, dataFolder, MeidnetData.DEFAULT_SPLIT_SEED, FusionMode.parse("early+cl"),
                    epochs, 64, seed, 1e-3, 0.05, resume);
        }
    }

    /** Hears the training steps and epochs, and the validation objective after each epoch. */
    public interface Listener extends TrainingLoop.Listener, MeidnetTrainer.HeldOutListener {
        /** Called once the data is read, before the first step. */
        default void onStart(int trainCrystals, int validationCrystals, boolean resuming) {
        }

        @Override
        default void onHeldOut(TrainingLoop.EpochSummary epoch, java.util.Map<String, Double> heldOut) {
        }
    }

    /** A finished (or cancelled) training; the caller saves or closes the model. */
    public record Result(MeidnetModel model, MeidnetData data, ModelConfig config, TrainingLoop.Result training,
            Settings settings, int trainCrystals, boolean resumed, double seconds, JsonObject initialisedFrom) {

        /**
         * Writes the model folder: the model with {@code record}, and the training split as a compact dataset, so
         * that designs with the folder need no data folder (novelty, hull, coverage).
         *
         * @return the model's SHA-256
         */
        public String save(Path dir, JsonObject record) throws IOException {
            String sha = model.save(dir, record, true);
            ModelFolderTrainingSet.write(dir, data.rows(DatasetSplit.Part.TRAIN), config.properties(),
                    data.name() + " " + data.splitDescription());
            return sha;
        }

        /** The training record saved next to the model ({@code command} says how it was started). */
        public JsonObject record(String command) {
            JsonObject r = new JsonObject();
            r.addProperty("command", command);
            r.addProperty("dataset", data.name());
            data.table().ifPresent(file -> r.addProperty("table", file));
            r.addProperty("dataSha256", data.dataHash());
            r.addProperty("splitSeed", settings.splitSeed());
            r.addProperty("split", data.splitDescription());
            if (initialisedFrom != null) {
                r.add("initialisedFrom", initialisedFrom);
            }
            r.addProperty("trainCrystals", trainCrystals);
            r.addProperty("epochs", settings.epochs());
            r.addProperty("seed", settings.seed());
            r.addProperty("fusion", settings.fusion().id());
            r.addProperty("batch", settings.batch());
            r.addProperty("learningRate", settings.learningRate());
            r.addProperty("finalLearningRateFraction", settings.finalLearningRateFraction());
            r.addProperty("threads", DjlRuntime.threads());
            r.addProperty("trainingSeconds", seconds);
            r.addProperty("resumed", resumed);
            r.addProperty("finished", Instant.now().toString());
            r.addProperty("parameters", model.network().parameters().count());
            JsonArray history = new JsonArray();
            for (TrainingLoop.EpochSummary s : training.history()) {
                JsonObject h = new JsonObject();
                h.addProperty("epoch", s.epoch());
                s.meanLosses().forEach(h::addProperty);
                history.add(h);
            }
            r.add("history", history);
            return r;
        }
    }

    private MeidnetTrainingRun() {
    }

    /**
     * @throws IllegalArgumentException the dataset is not one MEIDNet trains on
     * @throws IllegalStateException    the data cannot be found or read
     */
    public static Result run(Settings s, Path output, Listener listener, BooleanSupplier cancel) throws IOException {
        return run(s, MeidnetData.load(s.dataFolder(), s.dataset(), s.splitSeed()), null, output, listener, cancel);
    }

    /**
     * Trains on {@code data}; with {@code init} a fine-tuning: the network of {@code init} (its elements, sizes,
     * lattice normalisation and every parameter whose name and shape fit) with property heads for the data's
     * properties, whose statistics are fitted on the data.
     */
    public static Result run(Settings s, MeidnetData data, MeidnetModel init, Path output, Listener listener,
            BooleanSupplier cancel) throws IOException {
        List<Example> train = data.examples(DatasetSplit.Part.TRAIN, data.properties());
        if (train.isEmpty()) {
            throw new IllegalArgumentException(data.name() + ": no training crystals in the split");
        }
        ModelConfig base = init == null
                ? ModelConfig.defaults(data.name(), data.vocabulary(), data.properties(), s.fusion())
                : init.config().withProperties(data.properties()).withFusion(s.fusion()).withDataset(data.name());
        ModelConfig config = PreparedData.fitStatistics(base, train);
        if (init != null) { // the decoder learned the initial model's lattice scale
            config = config.withLatticeNorm(init.config().latticeNorm());
        }
        PreparedData prepared = PreparedData.of(train, config);
        PreparedData validation = PreparedData.of(data.examples(DatasetSplit.Part.VALIDATION, config.properties()),
                config);
        boolean resuming = s.resume() && TrainingLoop.hasCheckpoint(output);
        listener.onStart(prepared.size(), validation.size(), resuming);
        long start = System.nanoTime();
        MeidnetTrainer.Options options = new MeidnetTrainer.Options(s.epochs(), s.batch(), s.seed(),
                (float) s.learningRate(), 5f, (float) s.finalLearningRateFraction());
        MeidnetTrainer.Outcome outcome = MeidnetTrainer.train(config, prepared, validation, options, output, resuming,
                listener, listener, cancel, init == null ? null : init.parameterValues());
        JsonObject from = null;
        if (init != null) {
            from = new JsonObject();
            from.addProperty("modelSha256", init.checksum());
            from.addProperty("dataset", init.config().dataset());
            from.addProperty("parametersCopied", outcome.copiedParameters().size());
            from.addProperty("parametersTotal", outcome.model().network().parameters().names().size());
        }
        return new Result(outcome.model(), data, config, outcome.result(), s, prepared.size(), resuming,
                (System.nanoTime() - start) / 1e9, from);
    }
}
