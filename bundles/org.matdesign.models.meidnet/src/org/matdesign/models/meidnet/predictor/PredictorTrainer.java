package org.matdesign.models.meidnet.predictor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Trains the independent predictor on the Perov-5 training split (DatasetSplit seed 42, the split MEIDNet is trained
 * on), picks the epoch with the lowest validation MAE and reports the MAE on the held-out test split. Adam on mini-batches
 * of the mean squared error of standardised targets. A few minutes on one CPU core.
 *
 * <pre>java ... PredictorTrainer OUT.json [--data DIR] [--epochs 60] [--hidden 64] [--seed 7]</pre>
 */
public final class PredictorTrainer {

    /** Property name -> dataset column, in output order. */
    static final String[][] PROPERTIES = {{"band_gap", "dir_gap"}, {"formation_energy", "heat_all"}};
    static final long SPLIT_SEED = 42;

    private PredictorTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PredictorTrainer OUT.json [--data DIR] [--epochs N] [--hidden H] [--seed S]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path data = null;
        int epochs = 60;
        int hidden = 64;
        long seed = 7;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--hidden" -> hidden = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        DatasetSplit split = DatasetSplit.of(DataLocation.dataset(data, "perov_5"), SPLIT_SEED);
        Table train = Table.of(split.train());
        Table val = Table.of(split.validation());
        Table test = Table.of(split.test());
        System.err.printf(Locale.ROOT, "features ready: %d train, %d validation, %d test (%.1f s)%n", train.size(),
                val.size(), test.size(), (System.nanoTime() - start) / 1e9);

        MlpRegressor model = new MlpRegressor(mean(train.x), std(train.x), mean(train.y), std(train.y), hidden,
                new Random(seed));
        JsonObject best = null;
        double bestVal = Double.POSITIVE_INFINITY;
        int bestEpoch = -1;
        Adam adam = new Adam(model, 2e-3);
        Random order = new Random(seed + 1);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            adam.epoch(train, 64, order);
            double[] maeVal = mae(model, val);
            double score = maeVal[0] / std(train.y)[0] + maeVal[1] / std(train.y)[1];
            if (score < bestVal) {
                bestVal = score;
                bestEpoch = epoch;
                best = model.toJson();
            }
            if (epoch % 5 == 0) {
                System.err.printf(Locale.ROOT, "epoch %d: validation MAE band_gap %.3f eV, formation_energy %.3f eV/atom%n",
                        epoch, maeVal[0], maeVal[1]);
            }
        }
        MlpRegressor chosen = MlpRegressor.fromJson(best, "best epoch");
        double[] maeTest = mae(chosen, test);
        double[] maeValBest = mae(chosen, val);
        double[] maeTrain = mae(chosen, train);
        JsonObject record = new JsonObject();
        record.addProperty("model", "MLP (tanh, " + hidden + " hidden) on Magpie composition statistics + volume per atom"
                + " + minimum distance; trained separately from MEIDNet");
        record.addProperty("dataset", "perov_5");
        record.addProperty("split", "DatasetSplit seed " + SPLIT_SEED + " (80/10/10); trained on train, epoch chosen on"
                + " validation, MAE reported on test");
        record.addProperty("train_rows", train.size());
        record.addProperty("validation_rows", val.size());
        record.addProperty("test_rows", test.size());
        record.addProperty("epochs", epochs);
        record.addProperty("best_epoch", bestEpoch);
        record.addProperty("seed", seed);
        record.addProperty("training_seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        record.addProperty("finished", Instant.now().toString());
        record.add("test_mae", maeJson(maeTest));
        record.add("validation_mae", maeJson(maeValBest));
        record.add("train_mae", maeJson(maeTrain));
        JsonObject file = new JsonObject();
        file.addProperty("format", "matdesign-independent-predictor-1");
        JsonArray names = new JsonArray();
        for (String[] p : PROPERTIES) {
            names.add(p[0]);
        }
        file.add("properties", names);
        file.add("training", record);
        file.add("weights", best);
        Files.writeString(out, new GsonBuilder().create().toJson(file) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        System.err.printf(Locale.ROOT, "best epoch %d; test MAE band_gap %.3f eV, formation_energy %.3f eV/atom -> %s%n",
                bestEpoch, maeTest[0], maeTest[1], out);
    }

    private static JsonObject maeJson(double[] mae) {
        JsonObject o = new JsonObject();
        for (int k = 0; k < PROPERTIES.length; k++) {
            o.addProperty(PROPERTIES[k][0], Math.round(mae[k] * 1e5) / 1e5);
        }
        return o;
    }

    static double[] mae(MlpRegressor model, Table t) {
        double[] sum = new double[model.outputs];
        for (int r = 0; r < t.size(); r++) {
            double[] p = model.predict(t.x.get(r));
            for (int k = 0; k < sum.length; k++) {
                sum[k] += Math.abs(p[k] - t.y.get(r)[k]);
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= Math.max(1, t.size());
        }
        return sum;
    }

    private static double[] mean(List<double[]> rows) {
        int n = rows.get(0).length;
        double[] m = new double[n];
        int[] c = new int[n];
        for (double[] r : rows) {
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(r[i])) {
                    m[i] += r[i];
                    c[i]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            m[i] = c[i] == 0 ? 0 : m[i] / c[i];
        }
        return m;
    }

    private static double[] std(List<double[]> rows) {
        double[] m = mean(rows);
        int n = m.length;
        double[] s = new double[n];
        int[] c = new int[n];
        for (double[] r : rows) {
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(r[i])) {
                    s[i] += (r[i] - m[i]) * (r[i] - m[i]);
                    c[i]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double v = c[i] < 2 ? 0 : Math.sqrt(s[i] / (c[i] - 1));
            s[i] = v > 1e-9 ? v : 1; // a constant feature stays 0 after standardisation
        }
        return s;
    }

    /** Features and targets of one split part; rows with a missing target are skipped. */
    record Table(List<double[]> x, List<double[]> y) {
        static Table of(List<DatasetRow> rows) {
            List<double[]> x = new ArrayList<>();
            List<double[]> y = new ArrayList<>();
            for (DatasetRow row : rows) {
                double[] t = new double[PROPERTIES.length];
                boolean ok = true;
                for (int k = 0; k < t.length; k++) {
                    t[k] = row.property(PROPERTIES[k][1]);
                    ok &= Double.isFinite(t[k]);
                }
                if (ok) {
                    x.add(PredictorFeatures.of(row.structure()));
                    y.add(t);
                }
            }
            return new Table(x, y);
        }

        int size() {
            return x.size();
        }
    }

    /** Adam over all weights of the regressor; gradients of the mean squared error of standardised targets. */
    static final class Adam {
        private final MlpRegressor m;
        private final double lr;
        private final double[][] mw1, vw1, mw2, vw2;
        private final double[] mb1, vb1, mb2, vb2;
        private long t;

        Adam(MlpRegressor m, double lr) {
            this.m = m;
            this.lr = lr;
            mw1 = new double[m.hidden][m.inputs];
            vw1 = new double[m.hidden][m.inputs];
            mw2 = new double[m.outputs][m.hidden];
            vw2 = new double[m.outputs][m.hidden];
            mb1 = new double[m.hidden];
            vb1 = new double[m.hidden];
            mb2 = new double[m.outputs];
            vb2 = new double[m.outputs];
        }

        void epoch(Table table, int batch, Random random) {
            int n = table.size();
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                step(table, idx, from, to);
            }
        }

        private void step(Table table, int[] idx, int from, int to) {
            double[][] gw1 = new double[m.hidden][m.inputs];
            double[] gb1 = new double[m.hidden];
            double[][] gw2 = new double[m.outputs][m.hidden];
            double[] gb2 = new double[m.outputs];
            double scale = 2.0 / ((to - from) * m.outputs);
            for (int r = from; r < to; r++) {
                double[] x = m.standardise(table.x.get(idx[r]));
                double[] h = m.hidden(x);
                double[] y = m.output(h);
                double[] dh = new double[m.hidden];
                for (int k = 0; k < m.outputs; k++) {
                    double target = (table.y.get(idx[r])[k] - m.outMean[k]) / m.outStd[k];
                    double dy = scale * (y[k] - target);
                    gb2[k] += dy;
                    for (int j = 0; j < m.hidden; j++) {
                        gw2[k][j] += dy * h[j];
                        dh[j] += dy * m.w2[k][j];
                    }
                }
                for (int j = 0; j < m.hidden; j++) {
                    double da = dh[j] * (1 - h[j] * h[j]);
                    gb1[j] += da;
                    double[] g = gw1[j];
                    for (int i = 0; i < m.inputs; i++) {
                        g[i] += da * x[i];
                    }
                }
            }
            t++;
            for (int j = 0; j < m.hidden; j++) {
                update(m.w1[j], gw1[j], mw1[j], vw1[j]);
            }
            update(m.b1, gb1, mb1, vb1);
            for (int k = 0; k < m.outputs; k++) {
                update(m.w2[k], gw2[k], mw2[k], vw2[k]);
            }
            update(m.b2, gb2, mb2, vb2);
        }

        private void update(double[] w, double[] g, double[] mom, double[] vel) {
            double b1 = 0.9;
            double b2 = 0.999;
            double c1 = 1 - Math.pow(b1, t);
            double c2 = 1 - Math.pow(b2, t);
            for (int i = 0; i < w.length; i++) {
                mom[i] = b1 * mom[i] + (1 - b1) * g[i];
                vel[i] = b2 * vel[i] + (1 - b2) * g[i] * g[i];
                w[i] -= lr * (mom[i] / c1) / (Math.sqrt(vel[i] / c2) + 1e-8);
            }
        }
    }
}
