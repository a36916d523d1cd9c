package org.matdesign.predictors.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.DatasetProperties;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.predictors.cgcnn.CgcnnTrainer;

/** {@code matdesign predictor train --predictor cgcnn --dataset NAME --out DIR}. */
final class PredictorTrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "Train a structure-based property predictor (cgcnn) on a dataset's training split";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign predictor train --predictor cgcnn --dataset perov_5|mp_20|carbon_24 --out DIR
                                                 [--epochs 80] [--members 3] [--seed 2018] [--threads 1] [--data DIR]

                Trains a CGCNN ensemble on the training split (DatasetSplit seed 42), chooses each member's epoch on
                the validation split, prints the held-out test MAE and R^2 per property (and the band-gap MAE on the
                gapped crystals where the dataset has a band gap) and writes DIR/model.json + DIR/model.bin (SHA-256
                checked on load), which record those figures. Each member checkpoints every epoch under DIR/member-K/:
                rerun the same command to resume.
                  --predictor ID  only cgcnn can be trained here
                  --dataset NAME  dataset folder under the data folder; it learns these properties (column):
                %s
                  --epochs N      epochs per member (default 80)
                  --members M     ensemble size (default 3)
                  --seed S        seed of member 0; member k uses S + 1000 k (default 2018)
                  --threads T     PyTorch threads (default 1)
                  --data DIR      data folder (default: DataLocation)""".formatted(datasetTable());
    }

    /** One line per dataset, e.g. {@code mp_20: formation_energy (formation_energy_per_atom), band_gap (band_gap)}. */
    static String datasetTable() {
        return String.join("\n", DatasetProperties.ALL.stream().map(d -> "                    " + d.dataset() + ": "
                + String.join(", ", d.properties().stream().map(p -> p.name() + " (" + p.column() + ")").toList()))
                .toList());
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("predictor", "dataset", "out", "epochs", "members", "seed", "threads", "data"),
                Set.of());
        String predictor = args.get("predictor", "cgcnn");
        if (!predictor.equals("cgcnn")) {
            throw new UsageException("--predictor: only cgcnn can be trained by this command, got '" + predictor + "'");
        }
        String dataset;
        try {
            dataset = DatasetProperties.parse(args.require("dataset")).dataset();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dataset: " + e.getMessage());
        }
        Path outDir = Path.of(args.require("out"));
        int epochs = args.getInt("epochs", 80);
        int members = args.getInt("members", 3);
        if (epochs < 1) {
            throw new UsageException("--epochs must be >= 1, got " + epochs);
        }
        if (members < 1) {
            throw new UsageException("--members must be >= 1, got " + members);
        }
        DjlRuntime.start(Math.max(1, args.getInt("threads", 1)));
        try {
            Path written = CgcnnTrainer.train(new CgcnnTrainer.Options(args.getPath("data", null), dataset, outDir,
                    epochs, members, Long.parseLong(args.get("seed", "2018")), 64, 2e-3f), out, () -> false);
            return written == null ? 1 : 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
