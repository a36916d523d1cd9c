package org.matdesign.predictors.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.predictors.cgcnn.CgcnnTrainer;

/** {@code matdesign predictor train --predictor cgcnn --dataset perov_5 --out DIR}. */
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
                usage: matdesign predictor train --predictor cgcnn --dataset perov_5 --out DIR [--epochs 80] [--members 3]
                                                 [--seed 2018] [--threads 1] [--data DIR]

                Trains a CGCNN ensemble on the training split (DatasetSplit seed 42), chooses each member's epoch on
                the validation split, prints the held-out test MAE and R^2 per property and the band-gap MAE on the
                gapped crystals, and writes DIR/model.json + DIR/model.bin (SHA-256 checked on load). Each member
                checkpoints every epoch under DIR/member-K/: rerun the same command to resume.
                  --predictor ID  only cgcnn can be trained here
                  --dataset NAME  dataset folder under the data folder (perov_5: band_gap from dir_gap, formation_energy
                                  from heat_all)
                  --epochs N      epochs per member (default 80)
                  --members M     ensemble size (default 3)
                  --seed S        seed of member 0; member k uses S + 1000 k (default 2018)
                  --threads T     PyTorch threads (default 1)
                  --data DIR      data folder (default: DataLocation)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("predictor", "dataset", "out", "epochs", "members", "seed", "threads", "data"),
                Set.of());
        String predictor = args.get("predictor", "cgcnn");
        if (!predictor.equals("cgcnn")) {
            throw new UsageException("--predictor: only cgcnn can be trained by this command, got '" + predictor + "'");
        }
        String dataset = args.get("dataset", "perov_5");
        if (!dataset.equals("perov_5")) {
            throw new UsageException("--dataset: only perov_5 has the band_gap/formation_energy columns this trainer"
                    + " reads, got '" + dataset + "'");
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
