package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Element;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Latent starts at known crystals: the model's training crystals whose properties lie closest to the target
 * (distance to each target range in units of that property's spread over the training set), encoded by the model.
 * A search that starts there begins on the crystal manifold, where the decoder and the property head were trained,
 * instead of at a random point of the sphere.
 */
final class TrainingStarts {

    private TrainingStarts() {
    }

    /**
     * The latents of the {@code n} training crystals closest to the target, closest first (fewer when the training
     * set has fewer crystals the model can encode with every targeted property known).
     */
    static float[][] nearest(MeidnetModel model, TrainingSet training, DesignTarget target, int n) {
        List<Integer> order = closest(training, target);
        List<Structure> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == n) {
                break;
            }
            Structure s = training.structures().get(i);
            if (model.canEncode(s) && target.elementsAllowed(symbols(s))) {
                chosen.add(s);
            }
        }
        return encode(model, chosen);
    }

    /**
     * The run's training crystals encoded by the model, once per run and shared by every MEIDNet contribution that asks
     * (the optimizer's pull towards them, the manifold validator); none when the run has no training data.
     */
    static float[][] anchors(MeidnetModel model, RunContext context, String who) throws CoreException {
        if (context.trainingSet().isEmpty()) {
            return new float[0][];
        }
        TrainingSet training = context.trainingSet().get();
        try {
            return context.shared("meidnet.anchors|" + model.checksum() + "|" + training.checksum(), float[][].class,
                    () -> encode(model, training.structures()));
        } catch (Exception e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", who
                    + ": cannot encode the training crystals: " + e.getMessage(), e));
        }
    }

    /** Unit latents of the crystals the model can encode (the others are left out). */
    static float[][] encode(MeidnetModel model, List<Structure> structures) {
        List<Structure> chosen = structures.stream().filter(model::canEncode).toList();
        float[][] out = new float[chosen.size()][];
        int dim = model.config().latent();
        for (int from = 0; from < chosen.size(); from += 256) {
            List<Structure> batch = chosen.subList(from, Math.min(chosen.size(), from + 256));
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                float[] flat = model.encodeStructures(batch).toFloatArray();
                for (int k = 0; k < batch.size(); k++) {
                    out[from + k] = Arrays.copyOfRange(flat, k * dim, (k + 1) * dim);
                    LatentSampler.project(out[from + k]);
                }
            }
        }
        return out;
    }

    /** Training crystals ordered by their distance to the target; crystals missing a targeted property are left out. */
    static List<Integer> closest(TrainingSet training, DesignTarget target) {
        int n = training.size();
        double[] distance = new double[n];
        for (PropertyTarget t : target.targets()) {
            double[] values = training.properties().get(t.name());
            if (values == null) {
                continue;
            }
            double spread = spread(values);
            for (int i = 0; i < n; i++) {
                double d = t.distance(values[i]) / spread;
                distance[i] += Double.isFinite(d) ? d * d : Double.POSITIVE_INFINITY;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(distance[i])) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> distance[i]).thenComparingInt(i -> i));
        return order;
    }

    private static double spread(double[] values) {
        double sum = 0;
        double sq = 0;
        int k = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                sq += v * v;
                k++;
            }
        }
        double var = k < 2 ? 0 : (sq - sum * sum / k) / (k - 1);
        return var > 0 ? Math.sqrt(var) : 1;
    }

    private static Set<String> symbols(Structure s) {
        return s.composition().elements().stream().map(Element::symbol).collect(Collectors.toSet());
    }
}
