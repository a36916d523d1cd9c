package org.matdesign.models.meidnet.cli;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.models.meidnet.MeidnetData;
import org.matdesign.models.meidnet.Example;
import org.matdesign.models.meidnet.MeidnetEvaluator;
import org.matdesign.models.meidnet.MeidnetModel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code matdesign evaluate model [MODELDIR]}: held-out metrics of a trained model (default: the bundled one). */
final class EvaluateModelCommand implements Command {

    @Override
    public String name() {
        return "model";
    }

    @Override
    public String summary() {
        return "Held-out reconstruction, alignment, retrieval and property metrics of a MEIDNet model";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign evaluate model [MODELDIR] [--data DIR] [--split test] [--split-seed 42] [--threads T] [--json]

                Decodes every crystal of the split from its structure latent z_s alone (argmax, no ground truth fed
                to the decoder) and prints: structure-match rate and RMS (StructureMatcher ltol 0.3, stol 0.5,
                angle 10), validity of the decoded structures, cosine and L2 between z_s and z_p, retrieval
                top-1/top-5 between the modalities, property MAE and R^2 from structure alone.
                Without MODELDIR the bundled default model is used.
                  --data DIR      data folder holding perov_5/ (default: DataLocation)
                  --split NAME    test (default), validation or train
                  --split-seed S  seed of the split (default 42, as for the default model)
                  --threads T     PyTorch threads (default 1)
                  --json          one JSON object: n, match_rate, rms, valid_rate, cosine, l2, retrieval_top1,
                                  retrieval_top5, mae_<property>, r2_<property>""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("data", "split", "split-seed", "threads"), Set.of("json"));
        if (args.positionals().size() > 1) {
            throw new UsageException("expected at most one MODELDIR, got " + args.positionals());
        }
        String split = args.get("split", "test");
        ModelData.part(split);
        DjlRuntime.start(Math.max(1, args.getInt("threads", 1)));
        MeidnetModel model;
        try {
            model = args.positionals().isEmpty() ? MeidnetModel.loadDefault()
                    : MeidnetModel.load(Path.of(args.positionals().get(0)));
        } catch (IOException ex) {
            throw new CommandFailure("cannot load the model: " + ex.getMessage(), ex);
        }
        try (model) {
            MeidnetData data = ModelData.load(args.getPath("data", null), model.config().dataset(),
                    args.getInt("split-seed", (int) MeidnetData.DEFAULT_SPLIT_SEED));
            List<Example> examples = data.examples(ModelData.part(split), model.config().properties());
            MeidnetEvaluator.Metrics metrics = Evaluation.run(model, examples);
            if (args.has("json")) {
                out.println(Evaluation.toJson(metrics));
            } else {
                out.println("model " + (args.positionals().isEmpty() ? "(bundled default)" : args.positionals().get(0))
                        + " sha256 " + model.checksum() + ", split " + split);
                out.print(Evaluation.describe(metrics));
            }
        }
        return 0;
    }
}
