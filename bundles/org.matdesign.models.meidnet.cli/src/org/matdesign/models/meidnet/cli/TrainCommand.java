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
import org.matdesign.models.meidnet.MeidnetTrainingRun;
import org.matdesign.models.meidnet.ModelConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code matdesign train}: trains MEIDNet on a dataset's training split, with checkpoints and resume. */
final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "Train a MEIDNet model (periodic EGNN autoencoder + contrastive property alignment)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign train --dataset perov_5|carbon_24|mp_20 --epochs N --out MODELDIR [options]
                       matdesign train --csv FILE --property NAME=COLUMN[:UNIT] [--property ...] [--cif-column cif]
                                       [--id-column COLUMN] [--init default|MODELDIR] --epochs N --out MODELDIR [options]
                options: [--fusion late|early|early+cl] [--seed S] [--data DIR] [--resume] [--threads T] [--batch B]
                         [--lr LR] [--split-seed 42] [--final-lr-fraction 0.05] [--no-eval]

                Trains on the training part of the seeded 80/10/10 split (DatasetSplit) and writes MODELDIR/model.json
                + model.bin and the training split (MODELDIR/training-set.tsv.gz, so designs with the folder need no
                data), with a checkpoint after every epoch (MODELDIR/checkpoint.*). A killed run continues
                with --resume and ends with the same weights as an uninterrupted one. Progress goes to stderr, one
                line per epoch (losses, alpha_t) to stdout. At the end the held-out test metrics are computed and
                recorded in the model metadata (the test split is never used for training or model selection).
                  --data DIR        data folder holding the dataset's folder (default: DataLocation)
                  --dataset NAME    perov_5 (band_gap, formation_energy), carbon_24 (energy_per_atom) or mp_20
                                    (formation_energy, band_gap, e_above_hull)
                  --csv FILE        your own table: any CSV with a CIF column and numeric columns; rows whose CIF
                                    does not parse, with more than 24 sites (or elements the --init model lacks)
                                    or without a value are skipped and counted, the first reasons printed
                  --property NAME=COLUMN[:UNIT]  a property to learn and design for: NAME as targets will name it,
                                    read from COLUMN (NAME alone: the column of that name); repeat for more
                  --cif-column C    the CIF column (default cif)
                  --id-column C     a column of unique ids (default material_id if the header has it, else row-N);
                                    an id's split part depends only on the id and the split seed
                  --init M          fine-tune: start from model M ('default' is the bundled model; its elements,
                                    sizes and every weight that fits; new property heads start fresh)
                  --epochs N        number of epochs
                  --fusion MODE     late, early or early+cl (curriculum on the InfoNCE weight)
                  --seed S          initialisation and batch-order seed
                  --out MODELDIR    output folder; must be empty or absent unless --resume
                  --resume          continue from MODELDIR's checkpoint
                  --threads T       PyTorch threads (default 1)
                  --batch B         batch size (default 64)
                  --lr LR           Adam learning rate at the start (default 1e-3)
                  --final-lr-fraction F  cosine decay of the learning rate to F * LR at the end (default 0.05;
                                    1 = constant)
                  --split-seed S    seed of the train/validation/test split (default 42)
                  --no-eval         skip the held-out evaluation at the end""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("data", "dataset", "epochs", "fusion", "seed", "out", "threads", "batch", "lr",
                "split-seed", "final-lr-fraction", "csv", "property", "cif-column", "id-column", "init"),
                Set.of("resume", "no-eval"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        if (args.get("csv", null) != null && args.get("dataset", null) != null) {
            throw new UsageException("give --dataset or --csv, not both");
        }
        if (args.get("csv", null) == null && !args.all("property").isEmpty()) {
            throw new UsageException("--property names a column of a --csv table");
        }
        String dataset = args.get("dataset", args.get("csv", null) != null ? "csv" : MeidnetData.PEROV5);
        int epochs = args.getInt("epochs", -1);
        if (epochs < 1) {
            throw new UsageException("--epochs N (N >= 1) is required");
        }
        FusionMode fusion;
        try {
            fusion = FusionMode.parse(args.get("fusion", "early+cl"));
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        }
        long seed = args.getInt("seed", 42);
        Path outDir = Path.of(args.require("out"));
        boolean resume = args.has("resume");
        int threads = args.getInt("threads", 1);
        int batch = args.getInt("batch", 64);
        double lr = args.getDouble("lr", 1e-3);
        double finalLr = args.getDouble("final-lr-fraction", 0.05);
        if (!(finalLr > 0 && finalLr <= 1)) {
            throw new UsageException("--final-lr-fraction must be in (0, 1]");
        }
        long splitSeed = args.getInt("split-seed", (int) MeidnetData.DEFAULT_SPLIT_SEED);
        if (threads < 1 || batch < 2 || !(lr > 0)) {
            throw new UsageException("--threads must be >= 1, --batch >= 2 and --lr > 0");
        }
        checkOutput(outDir, resume);
        DjlRuntime.start(threads);
        MeidnetModel init = args.get("init", null) == null ? null : InitialModel.load(args.get("init", null));

        MeidnetTrainingRun.Settings settings;
        try {
            settings = new MeidnetTrainingRun.Settings(dataset, args.getPath("data", null), splitSeed, fusion, epochs,
                    batch, seed, lr, finalLr, resume);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        }
        ProgressBar bar = new ProgressBar(err);
        MeidnetTrainingRun.Listener listener = new MeidnetTrainingRun.Listener() {
            @Override
            public void onStart(int trainCrystals, int validationCrystals, boolean resuming) {
                err.printf(Locale.ROOT, "training on %d crystals (%s train split, split seed %d), fusion %s, %d epochs, "
                        + "batch %d, %d thread(s)%s%s%n", trainCrystals, dataset, splitSeed, fusion, epochs, batch,
                        threads, init == null ? "" : ", fine-tuning " + args.get("init", ""),
                        resuming ? ", resuming" : "");
            }

            @Override
            public void onStep(int epoch, int step, int steps, Map<String, Double> c) {
                bar.update(String.format(Locale.ROOT, "epoch %d/%d", epoch + 1, epochs), step + 1, steps,
                        String.format(Locale.ROOT, "loss %.3f", c.get("loss")));
            }

            @Override
            public void onEpoch(TrainingLoop.EpochSummary s) {
                bar.finish();
                out.println(epochLine(s));
                out.flush();
            }

            @Override
            public void onHeldOut(TrainingLoop.EpochSummary s, Map<String, Double> heldOut) {
                out.printf(Locale.ROOT, "  validation loss %.4f%n", heldOut.getOrDefault("loss", Double.NaN));
                out.flush();
            }
        };
        MeidnetTrainingRun.Result run;
        try (MeidnetModel initial = init) {
            MeidnetData source = args.get("csv", null) != null
                    ? UserTable.read(args, splitSeed, initial, err)
                    : ModelData.load(args.getPath("data", null), dataset, splitSeed);
            run = MeidnetTrainingRun.run(settings, source, initial, outDir, listener, null);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        } catch (IllegalStateException | IOException ex) {
            throw new CommandFailure("training failed: " + ex.getMessage(), ex);
        }
        MeidnetData data = run.data();
        ModelConfig config = run.config();
        double seconds = run.seconds();
        try (MeidnetModel model = run.model()) {
            JsonObject record = run.record("matdesign train " + String.join(" ", raw.raw()));
            if (!args.has("no-eval")) {
                err.println("evaluating on the held-out test split ...");
                List<Example> test = data.examples(DatasetSplit.Part.TEST, config.properties());
                MeidnetEvaluator.Metrics metrics = Evaluation.run(model, test);
                JsonObject held = Evaluation.toJson(metrics);
                held.addProperty("split", "test");
                record.add("heldOutMetrics", held);
                out.print(Evaluation.describe(metrics));
            }
            String sha = run.save(outDir, record);
            out.printf(Locale.ROOT, "saved %s (sha256 %s) after %.1f s%n", outDir.resolve("model.json"), sha, seconds);
        }
        return 0;
    }

    static String epochLine(TrainingLoop.EpochSummary s) {
        Map<String, Double> l = s.meanLosses();
        return String.format(Locale.ROOT,
                "epoch %d/%d loss %.4f recon %.4f (lattice %.4f species %.4f coords %.5f) property %.4f infonce %.4f"
                        + " alpha_t %.3f %.1fs",
                s.epoch() + 1, s.epochs(), l.getOrDefault("loss", Double.NaN), l.getOrDefault("recon", Double.NaN),
                l.getOrDefault("recon_lattice", Double.NaN), l.getOrDefault("recon_species", Double.NaN),
                l.getOrDefault("recon_coords", Double.NaN), l.getOrDefault("property", Double.NaN),
                l.getOrDefault("infonce", Double.NaN), l.getOrDefault("alpha", Double.NaN), s.seconds());
    }

    private static void checkOutput(Path outDir, boolean resume) throws IOException {
        if (!Files.exists(outDir)) {
            return;
        }
        if (!Files.isDirectory(outDir)) {
            throw new CommandFailure("--out " + outDir + " exists and is not a folder");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(outDir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !resume) {
            throw new CommandFailure("--out " + outDir + " is not empty; use --resume to continue its checkpoint"
                    + " or choose another folder");
        }
        if (resume && !empty && !TrainingLoop.hasCheckpoint(outDir)) {
            throw new CommandFailure("--resume: " + outDir + " holds no checkpoint");
        }
    }
}
