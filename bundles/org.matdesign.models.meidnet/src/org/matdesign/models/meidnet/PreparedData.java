package org.matdesign.models.meidnet;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Examples featurised once: canonical crystal tensors plus normalised properties, ready for batching. */
public record PreparedData(List<Example> examples, List<CrystalFeatures> features, float[][] properties) {

    public int size() {
        return features.size();
    }

    public static PreparedData of(List<Example> examples, ModelConfig config) {
        Featurizer featurizer = new Featurizer(config);
        List<CrystalFeatures> features = new ArrayList<>();
        float[][] y = new float[examples.size()][config.propertyCount()];
        for (int k = 0; k < examples.size(); k++) {
            Example e = examples.get(k);
            try {
                features.add(featurizer.featurize(e.structure()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("crystal " + e.id() + ": " + ex.getMessage(), ex);
            }
            for (int p = 0; p < config.propertyCount(); p++) {
                y[k][p] = (float) config.properties().get(p).normalize(e.properties()[p]);
            }
        }
        return new PreparedData(examples, features, y);
    }

    /** The sorted element symbols occurring in the examples (a vocabulary for a new model). */
    public static List<String> vocabulary(List<Example> examples) {
        TreeSet<String> symbols = new TreeSet<>();
        for (Example e : examples) {
            e.structure().sites().forEach(s -> symbols.add(s.element().symbol()));
        }
        return List.copyOf(symbols);
    }

    /**
     * Fits property means/stds and the lattice normalisation on (training) examples. The statistics belong to the
     * model configuration, so evaluation and design use exactly the training normalisation.
     */
    public static ModelConfig fitStatistics(ModelConfig config, List<Example> train) {
        List<PropertySpec> specs = new ArrayList<>();
        for (int p = 0; p < config.propertyCount(); p++) {
            double sum = 0;
            double sq = 0;
            for (Example e : train) {
                sum += e.properties()[p];
                sq += e.properties()[p] * e.properties()[p];
            }
            double mean = sum / train.size();
            double std = Math.sqrt(Math.max(0, sq / train.size() - mean * mean));
            specs.add(config.properties().get(p).withStatistics(mean, Math.max(std, 1e-3)));
        }
        double ls = 0;
        double lsq = 0;
        double as = 0;
        double asq = 0;
        int n = 0;
        for (Example e : train) {
            double[] params = e.structure().lattice().niggliReduced().parameters();
            for (int k = 0; k < 3; k++) {
                double l = Math.log(params[k]);
                ls += l;
                lsq += l * l;
                as += params[k + 3];
                asq += params[k + 3] * params[k + 3];
                n++;
            }
        }
        double lm = ls / n;
        double am = as / n;
        LatticeNorm norm = new LatticeNorm(lm, Math.max(Math.sqrt(Math.max(0, lsq / n - lm * lm)), 0.02), am,
                Math.max(Math.sqrt(Math.max(0, asq / n - am * am)), 1.0));
        return config.withProperties(specs).withLatticeNorm(norm);
    }
}
