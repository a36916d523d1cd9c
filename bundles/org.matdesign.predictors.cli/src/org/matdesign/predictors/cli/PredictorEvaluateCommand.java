package org.matdesign.predictors.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.Role;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.predictors.cgcnn.CgcnnPredictor;
import org.matdesign.predictors.cgcnn.Metrics;

/** {@code matdesign predictor evaluate --predictor ID [--model DIR] --dataset perov_5}: held-out figures. */
final class PredictorEvaluateCommand implements Command {

    static final long SPLIT_SEED = 42;
    /** perov_5 property -> column. */
    static final Map<String, String> COLUMNS = Map.of("band_gap", "dir_gap", "formation_energy", "heat_all");

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "Held-out MAE and R^2 of an installed property predictor (cgcnn, composition-mlp, ...)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign predictor evaluate --predictor ID [--model DIR] [--dataset perov_5] [--split test]
                                                    [--threads 1] [--data DIR]

                Predicts every crystal of the split (DatasetSplit seed 42: 6015 train / 796 validation / 761 test for
                perov_5) with the predictor and prints MAE and R^2 per property, the band-gap MAE on the gapped
                crystals (band gap > 0.1 eV) and how many gapped crystals the train and evaluated splits hold.
                  --predictor ID  an installed predictor (see 'matdesign extensions'), e.g. cgcnn or composition-mlp
                  --model DIR     cgcnn only: a model written by 'matdesign predictor train' (default: the bundled one)
                  --split NAME    test (default), validation or train
                  --threads T     PyTorch threads (default 1)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("predictor", "model", "dataset", "split", "threads", "data"), Set.of());
        String id = args.require("predictor");
        String dataset = args.get("dataset", "perov_5");
        if (!dataset.equals("perov_5")) {
            throw new UsageException("--dataset: only perov_5 is supported, got '" + dataset + "'");
        }
        DatasetSplit.Part part = switch (args.get("split", "test")) {
            case "test" -> DatasetSplit.Part.TEST;
            case "validation" -> DatasetSplit.Part.VALIDATION;
            case "train" -> DatasetSplit.Part.TRAIN;
            default -> throw new UsageException("--split must be test, validation or train, got '"
                    + args.get("split", "") + "'");
        };
        DjlRuntime.start(Math.max(1, args.getInt("threads", 1)));
        PropertyPredictor predictor = predictor(id, args.getPath("model", null));
        try (predictor) {
            DatasetSplit split;
            try {
                split = DatasetSplit.of(DataLocation.dataset(args.getPath("data", null), dataset), SPLIT_SEED);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            List<DatasetRow> rows = split.part(part);
            List<Structure> structures = new ArrayList<>();
            for (DatasetRow r : rows) {
                structures.add(r.structure());
            }
            long start = System.nanoTime();
            List<PropertyPrediction> predictions = predictor.predict(structures, new NullProgressMonitor());
            Map<String, double[]> truth = new LinkedHashMap<>();
            Map<String, double[]> predicted = new LinkedHashMap<>();
            Map<String, String> units = new LinkedHashMap<>();
            for (String p : predictor.properties()) {
                String column = COLUMNS.get(p);
                if (column == null) {
                    continue;
                }
                double[] t = new double[rows.size()];
                double[] y = new double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    t[i] = rows.get(i).property(column);
                    y[i] = predictions.get(i) == null ? Double.NaN : predictions.get(i).value(p);
                }
                truth.put(p, t);
                predicted.put(p, y);
                units.put(p, predictor.unit(p));
            }
            int missing = 0;
            for (PropertyPrediction p : predictions) {
                missing += p == null ? 1 : 0;
            }
            Metrics m = Metrics.of(truth, predicted);
            double[] trainGaps = split.train().stream().mapToDouble(r -> r.property("dir_gap")).toArray();
            out.printf(Locale.ROOT, "predictor %s on %s %s split (seed %d): %d crystals, %d not predicted (%.1f s)%n",
                    id, dataset, args.get("split", "test"), SPLIT_SEED, rows.size(), missing,
                    (System.nanoTime() - start) / 1e9);
            out.print(m.describe(units));
            out.printf(Locale.ROOT, "  gapped crystals (band gap > %.1f eV): %d of %d in train, %d of %d in this split%n",
                    Metrics.GAPPED_EV, Metrics.gapped(trainGaps), trainGaps.length, m.gappedCount(), rows.size());
            Map<String, String> facts = predictor.facts();
            if (facts.containsKey("model.sha256")) {
                out.println("  model sha256 " + facts.get("model.sha256"));
            }
        }
        return 0;
    }

    private static PropertyPredictor predictor(String id, Path model) throws CommandFailure, UsageException {
        if (model != null) {
            if (!id.equals(CgcnnPredictor.ID)) {
                throw new UsageException("--model is only understood by --predictor cgcnn, not '" + id + "'");
            }
            return new CgcnnPredictor(model);
        }
        ContributionRegistry registry = ContributionRegistry.await(PredictorEvaluateCommand.class, 5000);
        if (registry == null) {
            if (id.equals(CgcnnPredictor.ID)) {
                return new CgcnnPredictor();
            }
            throw new CommandFailure("no contribution registry: cannot find predictor '" + id + "'");
        }
        List<String> problems = new ArrayList<>();
        return registry.find(Role.PREDICTOR, id).flatMap(c -> c.instance(PropertyPredictor.class, problems::add))
                .orElseThrow(() -> new CommandFailure("--predictor: no property predictor '" + id + "' is installed"
                        + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")")
                        + "; installed: " + registry.contributions(Role.PREDICTOR).stream().map(c -> c.id()).toList()));
    }
}
