package org.matdesign.models.meidnet.predictor;

import java.util.Random;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A one-hidden-layer perceptron (tanh) with standardised inputs and outputs, in plain Java so that it needs no native
 * engine and loads in milliseconds. NaN inputs are replaced by the training mean (0 after standardisation).
 */
public final class MlpRegressor {

    final int inputs;
    final int hidden;
    final int outputs;
    final double[] inMean;
    final double[] inStd;
    final double[] outMean;
    final double[] outStd;
    final double[][] w1; // hidden x inputs
    final double[] b1;
    final double[][] w2; // outputs x hidden
    final double[] b2;

    MlpRegressor(double[] inMean, double[] inStd, double[] outMean, double[] outStd, int hidden, Random random) {
        this.inputs = inMean.length;
        this.hidden = hidden;
        this.outputs = outMean.length;
        this.inMean = inMean;
        this.inStd = inStd;
        this.outMean = outMean;
        this.outStd = outStd;
        w1 = new double[hidden][inputs];
        b1 = new double[hidden];
        w2 = new double[outputs][hidden];
        b2 = new double[outputs];
        double s1 = Math.sqrt(1.0 / inputs);
        double s2 = Math.sqrt(1.0 / hidden);
        for (double[] row : w1) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextGaussian() * s1;
            }
        }
        for (double[] row : w2) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextGaussian() * s2;
            }
        }
    }

    /** Standardised input with NaN imputed as 0 (the training mean). */
    double[] standardise(double[] raw) {
        if (raw.length != inputs) {
            throw new IllegalArgumentException("expected " + inputs + " features, got " + raw.length);
        }
        double[] x = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            double v = (raw[i] - inMean[i]) / inStd[i];
            x[i] = Double.isFinite(v) ? v : 0;
        }
        return x;
    }

    /** Hidden activations for a standardised input. */
    double[] hidden(double[] x) {
        double[] h = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double s = b1[j];
            double[] w = w1[j];
            for (int i = 0; i < inputs; i++) {
                s += w[i] * x[i];
            }
            h[j] = Math.tanh(s);
        }
        return h;
    }

    /** Standardised outputs for hidden activations. */
    double[] output(double[] h) {
        double[] y = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            double s = b2[k];
            for (int j = 0; j < hidden; j++) {
                s += w2[k][j] * h[j];
            }
            y[k] = s;
        }
        return y;
    }

    /** Predictions in physical units. */
    public double[] predict(double[] rawFeatures) {
        double[] y = output(hidden(standardise(rawFeatures)));
        for (int k = 0; k < outputs; k++) {
            y[k] = y[k] * outStd[k] + outMean[k];
        }
        return y;
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("inputs", inputs);
        o.addProperty("hidden", hidden);
        o.addProperty("outputs", outputs);
        o.add("in_mean", array(inMean));
        o.add("in_std", array(inStd));
        o.add("out_mean", array(outMean));
        o.add("out_std", array(outStd));
        o.add("w1", matrix(w1));
        o.add("b1", array(b1));
        o.add("w2", matrix(w2));
        o.add("b2", array(b2));
        return o;
    }

    static MlpRegressor fromJson(JsonObject o, String source) {
        try {
            int hidden = o.get("hidden").getAsInt();
            MlpRegressor m = new MlpRegressor(vector(o, "in_mean"), vector(o, "in_std"), vector(o, "out_mean"),
                    vector(o, "out_std"), hidden, new Random(0));
            fill(m.w1, o.getAsJsonArray("w1"), source + ": w1");
            fill(m.b1, o.getAsJsonArray("b1"), source + ": b1");
            fill(m.w2, o.getAsJsonArray("w2"), source + ": w2");
            fill(m.b2, o.getAsJsonArray("b2"), source + ": b2");
            if (m.inputs != o.get("inputs").getAsInt() || m.outputs != o.get("outputs").getAsInt()) {
                throw new IllegalArgumentException(source + ": layer sizes do not match the statistics");
            }
            return m;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": not a valid predictor (" + e.getMessage() + ")", e);
        }
    }

    private static JsonArray array(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) {
            a.add((float) x);
        }
        return a;
    }

    private static JsonArray matrix(double[][] m) {
        JsonArray a = new JsonArray();
        for (double[] row : m) {
            a.add(array(row));
        }
        return a;
    }

    private static double[] vector(JsonObject o, String key) {
        JsonArray a = o.getAsJsonArray(key);
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsDouble();
        }
        return v;
    }

    private static void fill(double[] target, JsonArray a, String what) {
        if (a.size() != target.length) {
            throw new IllegalArgumentException(what + " has " + a.size() + " values, expected " + target.length);
        }
        for (int i = 0; i < target.length; i++) {
            target[i] = a.get(i).getAsDouble();
        }
    }

    private static void fill(double[][] target, JsonArray a, String what) {
        if (a.size() != target.length) {
            throw new IllegalArgumentException(what + " has " + a.size() + " rows, expected " + target.length);
        }
        for (int r = 0; r < target.length; r++) {
            fill(target[r], a.get(r).getAsJsonArray(), what + "[" + r + "]");
        }
    }
}
