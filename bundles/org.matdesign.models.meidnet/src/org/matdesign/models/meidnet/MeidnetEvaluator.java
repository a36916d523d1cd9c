package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import org.matdesign.core.Structure;
import org.matdesign.ml.Tensors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Held-out evaluation of a model. Every figure comes from the structure alone or the properties alone, never from
 * a fused latent and never with ground-truth coordinates fed to the decoder:
 * <ul>
 * <li>reconstruction: decode(z_s) by argmax, compared with the input by the caller's matcher (match rate over all
 * crystals, a failed decode counts as a miss; RMS averaged over matches) and checked by the caller's validity;</li>
 * <li>alignment: mean cosine and mean L2 distance between z_s and z_p of the same crystal (unit vectors);</li>
 * <li>retrieval: for each crystal, rank all test z_p by cosine to its z_s (and all z_s to its z_p); top-k counts a
 * hit when fewer than k other candidates score at least as high (ties count against us; identical property
 * vectors give identical z_p); reported as the mean of both directions;</li>
 * <li>properties: MAE and R^2 in physical units of predictProperties(z_s).</li>
 * </ul>
 */
public final class MeidnetEvaluator {

    public record Metrics(int n, double matchRate, double rms, double validRate, double cosine, double l2,
            double retrievalTop1, double retrievalTop5, Map<String, Double> mae, Map<String, Double> r2,
            int decodeFailures) {
    }

    private MeidnetEvaluator() {
    }

    /**
     * @param rms   structure matcher: RMS of (original, decoded), empty when they do not match
     * @param valid validity of a decoded structure
     */
    public static Metrics evaluate(MeidnetModel model, List<Example> test,
            BiFunction<Structure, Structure, OptionalDouble> rms, Predicate<Structure> valid) {
        if (test.isEmpty()) {
            throw new IllegalArgumentException("no crystals to evaluate");
        }
        ModelConfig config = model.config();
        PreparedData data = PreparedData.of(test, config);
        int n = data.size();
        int d = config.latent();
        int p = config.propertyCount();
        float[] zs = new float[n * d];
        float[] zp = new float[n * d];
        double[][] predicted = new double[n][];
        List<Structure> decoded = new ArrayList<>();
        int chunk = 128;
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray s = model.encodeFeatures(data.features().subList(start, end));
                float[][] y = new float[end - start][];
                System.arraycopy(data.properties(), start, y, 0, end - start);
                float[] flat = new float[(end - start) * p];
                for (int k = 0; k < y.length; k++) {
                    System.arraycopy(y[k], 0, flat, k * p, p);
                }
                NDArray pz = model.encodeNormalizedProperties(
                        Tensors.floats(model.manager(), flat, new ai.djl.ndarray.types.Shape(end - start, p)));
                System.arraycopy(s.toFloatArray(), 0, zs, start * d, (end - start) * d);
                System.arraycopy(pz.toFloatArray(), 0, zp, start * d, (end - start) * d);
                double[][] props = model.toPhysical(model.predictProperties(s));
                System.arraycopy(props, 0, predicted, start, end - start);
                decoded.addAll(model.toStructures(model.decode(s)));
            }
        }
        int matches = 0;
        int validCount = 0;
        int failures = 0;
        double rmsSum = 0;
        for (int k = 0; k < n; k++) {
            Structure out = decoded.get(k);
            if (out == null) {
                failures++;
                continue;
            }
            if (valid.test(out)) {
                validCount++;
            }
            OptionalDouble r = rms.apply(test.get(k).structure(), out);
            if (r.isPresent()) {
                matches++;
                rmsSum += r.getAsDouble();
            }
        }
        double cosine = 0;
        double l2 = 0;
        double[][] sim = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += zs[a * d + k] * zp[b * d + k];
                }
                sim[a][b] = dot;
            }
            cosine += sim[a][a];
            double dist = 0;
            for (int k = 0; k < d; k++) {
                double diff = zs[a * d + k] - zp[a * d + k];
                dist += diff * diff;
            }
            l2 += Math.sqrt(dist);
        }
        int[] hits = new int[2];
        for (int a = 0; a < n; a++) {
            int rowRank = 0;
            int colRank = 0;
            for (int b = 0; b < n; b++) {
                if (b != a && sim[a][b] >= sim[a][a]) {
                    rowRank++;
                }
                if (b != a && sim[b][a] >= sim[a][a]) {
                    colRank++;
                }
            }
            hits[0] += (rowRank < 1 ? 1 : 0) + (colRank < 1 ? 1 : 0);
            hits[1] += (rowRank < 5 ? 1 : 0) + (colRank < 5 ? 1 : 0);
        }
        Map<String, Double> mae = new LinkedHashMap<>();
        Map<String, Double> r2 = new LinkedHashMap<>();
        for (int q = 0; q < p; q++) {
            double mean = 0;
            for (Example e : test) {
                mean += e.properties()[q];
            }
            mean /= n;
            double abs = 0;
            double ssRes = 0;
            double ssTot = 0;
            for (int k = 0; k < n; k++) {
                double truth = test.get(k).properties()[q];
                double err = predicted[k][q] - truth;
                abs += Math.abs(err);
                ssRes += err * err;
                ssTot += (truth - mean) * (truth - mean);
            }
            String name = config.properties().get(q).name();
            mae.put(name, abs / n);
            r2.put(name, ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN);
        }
        return new Metrics(n, (double) matches / n, matches > 0 ? rmsSum / matches : Double.NaN,
                (double) validCount / n, cosine / n, l2 / n, hits[0] / (2.0 * n), hits[1] / (2.0 * n), mae, r2,
                failures);
    }
}
