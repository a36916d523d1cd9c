package org.matdesign.predictors.cgcnn;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetProperties;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.ml.Adam;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.Ops;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.TensorFile;
import org.matdesign.ml.Tensors;
import org.matdesign.ml.TrainingLoop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Trains a CGCNN ensemble on the training split of a dataset (DatasetSplit seed 42), chooses each member's epoch on
 * the validation split and reports the ensemble on the test split. Each member checkpoints after every epoch in
 * {@code OUT/member-K/} and keeps its best epoch there, so a killed run resumes where it stopped. The result is
 * {@code OUT/model.json} + {@code OUT/model.bin}.
 */
public final class CgcnnTrainer {

    public static final long SPLIT_SEED = 42;

    public record Options(Path data, String dataset, Path out, int epochs, int members, long seed, int batchSize,
            float learningRate) {
    }

    private CgcnnTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path data = null;
        int epochs = 80;
        int members = 3;
        long seed = 2018;
        int threads = 1;
        String dataset = DatasetProperties.PEROV_5.dataset();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--members" -> members = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--dataset" -> dataset = args[i + 1];
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        DjlRuntime.start(threads);
        train(new Options(data, dataset, out, epochs, members, seed, 64, 2e-3f), System.err, () -> false);
    }

    /** Graphs and targets of one split part (rows with a missing target are left out). */
    record Part(List<CrystalGraph> graphs, double[][] targets) {
        static Part of(List<DatasetRow> rows, CgcnnConfig config, List<DatasetProperties.Property> properties) {
            List<CrystalGraph> g = new ArrayList<>();
            List<double[]> t = new ArrayList<>();
            for (DatasetRow row : rows) {
                double[] y = new double[properties.size()];
                boolean ok = true;
                for (int k = 0; k < y.length; k++) {
                    y[k] = row.property(properties.get(k).column());
                    ok &= Double.isFinite(y[k]);
                }
                if (ok) {
                    g.add(CrystalGraph.of(row.structure(), config));
                    t.add(y);
                }
            }
            return new Part(g, t.toArray(new double[0][]));
        }

        int size() {
            return graphs.size();
        }

        double[] column(int k) {
            double[] c = new double[targets.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = targets[i][k];
            }
            return c;
        }
    }

    public static Path train(Options o, PrintStream log, BooleanSupplier cancel) throws IOException {
        long start = System.nanoTime();
        CgcnnConfig config = CgcnnConfig.defaults();
        List<DatasetProperties.Property> properties = DatasetProperties.parse(o.dataset()).properties();
        Path datasetDir = DataLocation.dataset(o.data(), o.dataset());
        DatasetSplit split = DatasetSplit.of(datasetDir, SPLIT_SEED);
        Part train = Part.of(split.train(), config, properties);
        Part val = Part.of(split.validation(), config, properties);
        Part test = Part.of(split.test(), config, properties);
        if (train.size() < 2 || val.size() < 1 || test.size() < 1) {
            throw new IllegalArgumentException("dataset " + o.dataset() + " in " + datasetDir + " has too few crystals"
                    + " with all of " + names(properties) + ": " + train.size() + " train, " + val.size()
                    + " validation, " + test.size() + " test");
        }
        log.printf(Locale.ROOT, "graphs ready: %d train, %d validation, %d test (%.1f s)%n", train.size(), val.size(),
                test.size(), (System.nanoTime() - start) / 1e9);
        TreeSet<Integer> zs = new TreeSet<>();
        for (CrystalGraph g : train.graphs()) {
            for (int z : g.elements()) {
                zs.add(z);
            }
        }
        int[] vocabulary = zs.stream().mapToInt(Integer::intValue).toArray();
        int[] vocabIndex = CgcnnModel.vocabIndex(vocabulary);
        int outputs = properties.size();
        double[] mean = new double[outputs];
        double[] std = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            double[] c = train.column(k);
            mean[k] = java.util.Arrays.stream(c).average().orElse(0);
            double s = 0;
            for (double v : c) {
                s += (v - mean[k]) * (v - mean[k]);
            }
            std[k] = Math.max(1e-6, Math.sqrt(s / (c.length - 1)));
        }
        Part valCovered = covered(val, vocabIndex);
        Files.createDirectories(o.out());
        CgcnnNetwork network = new CgcnnNetwork(config, vocabulary.length, outputs);
        List<List<NamedTensor>> best = new ArrayList<>();
        JsonArray memberRecords = new JsonArray();
        try (NDManager manager = DjlRuntime.newManager()) {
            for (int k = 0; k < o.members(); k++) {
                long memberSeed = o.seed() + 1000L * k;
                Path dir = o.out().resolve("member-" + k);
                JsonObject record = new JsonObject();
                best.add(trainMember(network, manager, train, valCovered, vocabIndex, mean, std, properties, o,
                        memberSeed, dir, log, cancel, record));
                if (cancel.getAsBoolean()) {
                    log.println("cancelled; rerun the same command to resume from the checkpoints in " + o.out());
                    return null;
                }
                memberRecords.add(record);
            }
        }
        // assemble the ensemble and measure it on the test split
        List<NamedTensor> all = new ArrayList<>();
        for (int k = 0; k < best.size(); k++) {
            for (NamedTensor t : best.get(k)) {
                all.add(new NamedTensor("m" + k + "/" + t.name(), t.shape(), t.data()));
            }
        }
        JsonObject meta = new JsonObject();
        meta.addProperty("format", CgcnnModel.FORMAT);
        meta.addProperty("architecture", "CGCNN (Xie and Grossman 2018): " + config.neighbours()
                + " nearest periodic neighbours within " + config.cutoff() + " A, Gaussian distance expansion (0.."
                + config.cutoff() + " A, step " + config.gaussianStep() + "), learnable element embeddings ("
                + config.atomFeatures() + "), " + config.convolutions()
                + " gated convolutions (sigmoid gate * softplus core, layer norm), mean pooling, MLP head ("
                + config.hidden() + "); loss L1 + 0.5 * squared error on standardised targets; ensemble of " + o.members() + " seeds");
        meta.add("config", config.toJson());
        JsonArray props = new JsonArray();
        JsonArray units = new JsonArray();
        JsonArray columns = new JsonArray();
        for (DatasetProperties.Property p : properties) {
            props.add(p.name());
            columns.add(p.column());
            units.add(p.unit());
        }
        meta.add("properties", props);
        meta.add("units", units);
        meta.add("columns", columns);
        JsonArray vocab = new JsonArray();
        for (int z : vocabulary) {
            vocab.add(z);
        }
        meta.add("vocabulary", vocab);
        JsonArray m = new JsonArray();
        JsonArray s = new JsonArray();
        for (int k = 0; k < outputs; k++) {
            m.add(mean[k]);
            s.add(std[k]);
        }
        meta.add("targetMean", m);
        meta.add("targetStd", s);
        meta.addProperty("members", o.members());
        meta.add("memberTraining", memberRecords);
        TensorFile.write(o.out(), CgcnnModel.BASE_NAME, all, meta, true);
        JsonObject heldOut;
        try (CgcnnModel model = CgcnnModel.load(o.out())) {
            Metrics metrics = evaluate(model, test);
            heldOut = metrics.toJson();
            log.print("held-out test split:\n" + metrics.describe(units(model)));
            Metrics valMetrics = evaluate(model, val);
            meta.add("validation", valMetrics.toJson());
        }
        JsonObject training = new JsonObject();
        training.addProperty("dataset", o.dataset());
        training.addProperty("split", "DatasetSplit seed " + SPLIT_SEED + " (80/10/10): trained on train, epoch chosen"
                + " per member on validation, figures on test");
        training.addProperty("train_rows", train.size());
        training.addProperty("validation_rows", val.size());
        training.addProperty("test_rows", test.size());
        int gap = names(properties).indexOf(DatasetProperties.BAND_GAP);
        if (gap >= 0) {
            training.addProperty("train_gapped", Metrics.gapped(train.column(gap)));
            training.addProperty("test_gapped", Metrics.gapped(test.column(gap)));
        }
        training.addProperty("epochs", o.epochs());
        training.addProperty("batch_size", o.batchSize());
        training.addProperty("learning_rate", o.learningRate());
        training.addProperty("seed", o.seed());
        training.addProperty("threads", DjlRuntime.threads());
        training.addProperty("training_seconds_this_run", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        training.addProperty("finished", Instant.now().toString());
        training.addProperty("rebuild", "matdesign predictor train --predictor cgcnn --dataset " + o.dataset()
                + " --out DIR --epochs " + o.epochs() + " --members " + o.members() + " --seed " + o.seed()
                + " --threads 1");
        meta.add("training", training);
        meta.add("heldout", heldOut);
        TensorFile.write(o.out(), CgcnnModel.BASE_NAME, all, meta, true);
        log.printf(Locale.ROOT, "model written to %s (%.1f s)%n", o.out().resolve(CgcnnModel.BASE_NAME + ".json"),
                (System.nanoTime() - start) / 1e9);
        return o.out();
    }

    private static List<String> names(List<DatasetProperties.Property> properties) {
        return properties.stream().map(DatasetProperties.Property::name).toList();
    }

    static Map<String, String> units(CgcnnModel model) {
        Map<String, String> u = new LinkedHashMap<>();
        for (String p : model.properties()) {
            u.put(p, model.unit(p));
        }
        return u;
    }

    private static Part covered(Part part, int[] vocabIndex) {
        List<CrystalGraph> g = new ArrayList<>();
        List<double[]> t = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            boolean ok = true;
            for (int z : part.graphs().get(i).elements()) {
                ok &= vocabIndex[z] >= 0;
            }
            if (ok) {
                g.add(part.graphs().get(i));
                t.add(part.targets()[i]);
            }
        }
        return new Part(g, t.toArray(new double[0][]));
    }

    /** Ensemble means against the targets; crystals the model does not cover count as not predicted. */
    static Metrics evaluate(CgcnnModel model, Part part) {
        int outputs = model.properties().size();
        Map<String, double[]> truth = new LinkedHashMap<>();
        Map<String, double[]> pred = new LinkedHashMap<>();
        for (int p = 0; p < outputs; p++) {
            truth.put(model.properties().get(p), part.column(p));
            pred.put(model.properties().get(p), new double[part.size()]);
        }
        double[][][] perMember = model.predictGraphs(part.graphs());
        for (int i = 0; i < part.size(); i++) {
            for (int p = 0; p < outputs; p++) {
                double sum = 0;
                if (perMember[i] == null) {
                    sum = Double.NaN;
                } else {
                    for (double[] mem : perMember[i]) {
                        sum += mem[p];
                    }
                    sum /= perMember[i].length;
                }
                pred.get(model.properties().get(p))[i] = sum;
            }
        }
        return Metrics.of(truth, pred);
    }

    private static List<NamedTensor> trainMember(CgcnnNetwork network, NDManager manager, Part train, Part val,
            int[] vocabIndex, double[] mean, double[] std, List<DatasetProperties.Property> properties, Options o,
            long seed, Path dir, PrintStream log, BooleanSupplier cancel, JsonObject record) throws IOException {
        Parameters params = new Parameters(manager, seed);
        network.define(params);
        Adam adam = new Adam(params);
        TrainingLoop.Settings settings = new TrainingLoop.Settings(o.epochs(), o.batchSize(), seed, o.learningRate(),
                5f, false, 0.05f);
        JsonObject cpMeta = new JsonObject();
        cpMeta.addProperty("model", "cgcnn member");
        TrainingLoop loop = new TrainingLoop(params, adam, settings, train.size(), dir, cpMeta);
        Files.createDirectories(dir);
        double[] bestScore = {Double.POSITIVE_INFINITY};
        int[] bestEpoch = {-1};
        if (TrainingLoop.hasCheckpoint(dir)) {
            int next = loop.resume();
            log.printf(Locale.ROOT, "member seed %d: resuming at epoch %d%n", seed, next + 1);
            if (TensorFile.exists(dir, "best")) {
                JsonObject b = TensorFile.read(dir, "best").metadata();
                bestScore[0] = b.get("validationScore").getAsDouble();
                bestEpoch[0] = b.get("epoch").getAsInt();
            }
        }
        int outputs = mean.length;
        float[][] targets = new float[train.size()][outputs];
        for (int i = 0; i < train.size(); i++) {
            for (int k = 0; k < outputs; k++) {
                targets[i][k] = (float) ((train.targets()[i][k] - mean[k]) / std[k]);
            }
        }
        TrainingLoop.StepLoss loss = (epoch, step, batch, parts) -> {
            List<CrystalGraph> graphs = new ArrayList<>();
            float[] y = new float[batch.length * outputs];
            for (int r = 0; r < batch.length; r++) {
                graphs.add(train.graphs().get(batch[r]));
                System.arraycopy(targets[batch[r]], 0, y, r * outputs, outputs);
            }
            NDArray pred = network.forward(params, network.batch(manager, graphs, vocabIndex));
            NDArray target = Tensors.floats(manager, y, new Shape(batch.length, outputs));
            // L1 keeps the many zero band gaps sharp; the squared term keeps the few gapped crystals from being ignored
            NDArray err = pred.sub(target);
            NDArray l1 = err.abs().mean();
            NDArray l2 = err.square().mean();
            parts.put("l1", l1);
            return l1.add(Ops.mul(l2, 0.5f));
        };
        TrainingLoop.Listener listener = new TrainingLoop.Listener() {
            @Override
            public void onEpoch(TrainingLoop.EpochSummary s) {
                double[][] p = new double[val.size()][];
                final int chunk = 256;
                for (int from = 0; from < val.size(); from += chunk) {
                    List<CrystalGraph> part = val.graphs().subList(from, Math.min(val.size(), from + chunk));
                    double[][] v = CgcnnModel.predictNormalised(network, params, part, vocabIndex, outputs);
                    System.arraycopy(v, 0, p, from, v.length);
                }
                double[] mae = new double[outputs];
                for (int i = 0; i < val.size(); i++) {
                    for (int k = 0; k < outputs; k++) {
                        mae[k] += Math.abs(p[i][k] * std[k] + mean[k] - val.targets()[i][k]) / val.size();
                    }
                }
                double score = 0;
                for (int k = 0; k < outputs; k++) {
                    score += mae[k] / std[k];
                }
                boolean improved = score < bestScore[0];
                if (improved) {
                    bestScore[0] = score;
                    bestEpoch[0] = s.epoch() + 1;
                    JsonObject b = new JsonObject();
                    b.addProperty("validationScore", score);
                    b.addProperty("epoch", s.epoch() + 1);
                    for (int k = 0; k < outputs; k++) {
                        b.addProperty("validation.mae." + properties.get(k).name(), mae[k]);
                    }
                    try {
                        TensorFile.write(dir, "best", params.snapshot(), b, true);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                StringBuilder maes = new StringBuilder();
                for (int k = 0; k < outputs; k++) {
                    maes.append(String.format(Locale.ROOT, "%s%s %.4f %s", k == 0 ? "" : ", ", properties.get(k).name(),
                            mae[k], properties.get(k).unit()));
                }
                log.printf(Locale.ROOT, "member seed %d epoch %d/%d: train loss %.4f, validation MAE %s%s (%.1f s)%n",
                        seed, s.epoch() + 1, s.epochs(), s.meanLosses().get("loss"), maes, improved ? " *" : "",
                        s.seconds());
            }
        };
        loop.run(loss, listener, cancel);
        record.addProperty("seed", seed);
        record.addProperty("best_epoch", bestEpoch[0]);
        record.addProperty("validation_score", bestScore[0]);
        if (!TensorFile.exists(dir, "best")) {
            return params.snapshot();
        }
        return new ArrayList<>(TensorFile.read(dir, "best").tensors().values());
    }

}
