package org.matdesign.models.meidnet.cli;

import com.google.gson.JsonObject;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.TrainingLoop;
import org.matdesign.models.meidnet.MeidnetData;
import org.matdesign.models.meidnet.Example;
import org.matdesign.models.meidnet.FusionMode;
import org.matdesign.models.meidnet.MeidnetEvaluator;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.MeidnetTrainer;
import org.matdesign.models.meidnet.ModelConfig;
import org.matdesign.models.meidnet.PreparedData;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code matdesign evaluate fusion}: LF vs EF vs EF+CL for the same budget, the paper's Figure 2a from our runs. */
final class EvaluateFusionCommand implements Command {

    @Override
    public String name() {
        return "fusion";
    }

    @Override
    public String summary() {
        return "Train late, early and early+curriculum fusion for the same budget and compare them (Figure 2a)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign evaluate fusion --epochs N [--data DIR] [--seed S] [--threads T] [--batch B] [--json]

                Trains one model per fusion strategy (late, early, early+cl) on the Perov-5 training split with the
                same seed, epochs and batch size, then evaluates each on the held-out test split and prints cosine
                similarity (CS), structure match (SM) and L2 distance (L2D) next to the paper's Figure 2a values.
                  --epochs N     epochs per strategy
                  --seed S       seed (default 42)
                  --threads T    PyTorch threads (default 1)
                  --batch B      batch size (default 64)
                  --json         one JSON object keyed by strategy""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("data", "epochs", "seed", "threads", "batch"), Set.of("json"));
        int epochs = args.getInt("epochs", -1);
        if (epochs < 1) {
            throw new UsageException("--epochs N (N >= 1) is required");
        }
        long seed = args.getInt("seed", 42);
        int batch = args.getInt("batch", 64);
        DjlRuntime.start(Math.max(1, args.getInt("threads", 1)));
        MeidnetData data = ModelData.load(args.getPath("data", null), MeidnetData.PEROV5,
                MeidnetData.DEFAULT_SPLIT_SEED);
        List<Example> train = data.examples(DatasetSplit.Part.TRAIN, data.properties());
        List<String> vocabulary = data.vocabulary();
        Map<FusionMode, MeidnetEvaluator.Metrics> results = new LinkedHashMap<>();
        for (FusionMode mode : FusionMode.values()) {
            ModelConfig config = PreparedData.fitStatistics(
                    ModelConfig.defaults(MeidnetData.PEROV5, vocabulary, data.properties(), mode), train);
            PreparedData prepared = PreparedData.of(train, config);
            ProgressBar bar = new ProgressBar(err);
            TrainingLoop.Listener listener = new TrainingLoop.Listener() {
                @Override
                public void onStep(int epoch, int step, int steps, Map<String, Double> c) {
                    bar.update(String.format(Locale.ROOT, "%s epoch %d/%d", mode, epoch + 1, epochs), step + 1,
                            steps, "");
                }

                @Override
                public void onEpoch(TrainingLoop.EpochSummary s) {
                    bar.finish();
                    err.println(mode + " " + TrainCommand.epochLine(s));
                }
            };
            MeidnetTrainer.Outcome outcome;
            try {
                outcome = MeidnetTrainer.train(config, prepared, MeidnetTrainer.Options.defaults(epochs, seed)
                        .withBatch(batch), null, false, listener, null);
            } catch (IOException ex) {
                throw new CommandFailure("training " + mode + " failed: " + ex.getMessage(), ex);
            }
            try (MeidnetModel model = outcome.model()) {
                results.put(mode, Evaluation.run(model, data.examples(DatasetSplit.Part.TEST, config.properties())));
            }
        }
        if (args.has("json")) {
            JsonObject o = new JsonObject();
            results.forEach((mode, m) -> o.add(mode.id(), Evaluation.toJson(m)));
            o.addProperty("epochs", epochs);
            o.addProperty("seed", seed);
            out.println(o);
            return 0;
        }
        out.printf(Locale.ROOT, "Fusion strategies on the Perov-5 test split, %d epochs each, seed %d%n", epochs, seed);
        out.printf(Locale.ROOT, "%-9s %8s %8s %8s   %s%n", "strategy", "CS", "SM %", "L2D", "paper (200 epochs): CS / SM / L2D");
        String[] paper = {"0.31 / 66 / 1.06", "0.89 / 32 / 0.45", "0.91 / 66 / 0.40"};
        int i = 0;
        for (Map.Entry<FusionMode, MeidnetEvaluator.Metrics> e : results.entrySet()) {
            MeidnetEvaluator.Metrics m = e.getValue();
            out.printf(Locale.ROOT, "%-9s %8.4f %8.2f %8.4f   %s%n", e.getKey().id(), m.cosine(), 100 * m.matchRate(),
                    m.l2(), paper[i++]);
        }
        return 0;
    }
}
