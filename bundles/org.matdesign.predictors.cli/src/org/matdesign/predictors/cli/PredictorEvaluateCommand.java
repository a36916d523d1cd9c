package org.matdesign.predictors.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.PredictorFit;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.Role;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetProperties;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.predictors.cgcnn.CgcnnPredictor;
import org.matdesign.predictors.cgcnn.Metrics;

/**
 * {@code matdesign predictor evaluate --predictor ID [--model DIR] [--dataset NAME]}: held-out figures on the dataset
 * the predictor was trained on. Another dataset is refused: the same property name means another quantity there.
 */
final class PredictorEvaluateCommand implements Command {

    static final long SPLIT_SEED = 42;

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "Held-out MAE and R^2 of an installed property predictor (cgcnn, cgcnn.mp_20, composition-mlp, ...)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign predictor evaluate --predictor ID [--model DIR] [--dataset NAME] [--split test]
                                                    [--threads 1] [--data DIR]

                Predicts every crystal of the split (DatasetSplit seed 42, e.g. 6015 train / 796 validation / 761 test
                for perov_5) with the predictor and prints MAE and R^2 per property, the band-gap MAE on the gapped
                crystals (band gap > 0.1 eV) where the dataset has a band gap, the training size and the figures the
                model recorded when it was trained.
                  --predictor ID  an installed predictor (see 'matdesign extensions'): cgcnn (perov_5), cgcnn.mp_20,
                                  cgcnn.carbon_24, composition-mlp (perov_5)
                  --model DIR     cgcnn only: a model written by 'matdesign predictor train' (default: the bundled one)
                  --dataset NAME  perov_5, mp_20 or carbon_24 (default: the dataset the predictor was trained on;
                                  another one is refused)
                  --split NAME    test (default), validation or train
                  --threads T     PyTorch threads (default 1)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("predictor", "model", "dataset", "split", "threads", "data"), Set.of());
        String id = args.require("predictor");
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
            Map<String, String> facts = predictor.facts();
            String trained = facts.get(PropertyPredictor.TRAINING_DATASET);
            DatasetProperties dataset;
            try {
                dataset = DatasetProperties.parse(args.get("dataset", trained == null ? "perov_5" : trained));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--dataset: " + e.getMessage());
            }
            Optional<String> misfit = PredictorFit.problem(id, predictor, dataset.dataset(), dataset.names());
            if (misfit.isPresent()) {
                throw new UsageException("--dataset: " + misfit.get() + "; it can only be evaluated on "
                        + (trained == null ? "a dataset with those properties" : trained));
            }
            DatasetSplit split;
            try {
                split = DatasetSplit.of(DataLocation.dataset(args.getPath("data", null), dataset.dataset()),
                        SPLIT_SEED);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            List<DatasetRow> rows = split.part(part);
            List<Structure> structures = rows.stream().map(DatasetRow::structure).toList();
            long start = System.nanoTime();
            List<PropertyPrediction> predictions = predictor.predict(structures, new NullProgressMonitor());
            Map<String, double[]> truth = new LinkedHashMap<>();
            Map<String, double[]> predicted = new LinkedHashMap<>();
            Map<String, String> units = new LinkedHashMap<>();
            for (DatasetProperties.Property p : dataset.properties()) {
                truth.put(p.name(), rows.stream().mapToDouble(r -> r.property(p.column())).toArray());
                predicted.put(p.name(), predictions.stream()
                        .mapToDouble(v -> v == null ? Double.NaN : v.value(p.name())).toArray());
                units.put(p.name(), predictor.unit(p.name()));
            }
            long missing = predictions.stream().filter(p -> p == null).count();
            Metrics m = Metrics.of(truth, predicted);
            out.printf(Locale.ROOT, "predictor %s on %s %s split (seed %d): %d crystals, %d not predicted (%.1f s);"
                    + " trained on %s crystals of the %s train split%n", id, dataset.dataset(),
                    args.get("split", "test"), SPLIT_SEED, rows.size(), missing, (System.nanoTime() - start) / 1e9,
                    facts.getOrDefault("training.train_rows", "?"), trained == null ? "?" : trained);
            out.print(m.describe(units));
            dataset.find(DatasetProperties.BAND_GAP).ifPresent(gap -> {
                double[] trainGaps = split.train().stream().mapToDouble(r -> r.property(gap.column())).toArray();
                out.printf(Locale.ROOT, "  gapped crystals (band gap > %.1f eV): %d of %d in train, %d of %d in this"
                        + " split%n", Metrics.GAPPED_EV, Metrics.gapped(trainGaps), trainGaps.length, m.gappedCount(),
                        rows.size());
            });
            recorded(out, facts, dataset);
            if (facts.containsKey("model.sha256")) {
                out.println("  model sha256 " + facts.get("model.sha256"));
            }
        }
        return 0;
    }

    /** The held-out figures the model recorded when it was trained (facts heldout.*), to compare with the above. */
    private static void recorded(PrintStream out, Map<String, String> facts, DatasetProperties dataset) {
        StringBuilder b = new StringBuilder();
        for (String p : dataset.names()) {
            for (String figure : List.of("mae", "r2", "count")) {
                String v = facts.get("heldout." + figure + "." + p);
                if (v != null) {
                    b.append(b.length() == 0 ? "" : ", ").append(figure).append('.').append(p).append(' ').append(v);
                }
            }
        }
        if (b.length() > 0) {
            out.println("  recorded at training (test split): " + b);
        }
    }

    private static PropertyPredictor predictor(String id, Path model) throws CommandFailure, UsageException {
        if (model != null) {
            if (!id.equals(CgcnnPredictor.ID) && !id.startsWith(CgcnnPredictor.ID + ".")) {
                throw new UsageException("--model is only understood by the cgcnn predictors, not '" + id + "'");
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
