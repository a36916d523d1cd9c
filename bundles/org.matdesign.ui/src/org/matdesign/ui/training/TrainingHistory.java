package org.matdesign.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.matdesign.api.TrainableModel;

/**
 * The epochs of one training folder as they arrive, across a cancelled run and its resumption: a resumed run's
 * epochs replace any the earlier run reported from the checkpoint on.
 */
public final class TrainingHistory {

    private final List<TrainableModel.Epoch> epochs = new ArrayList<>();

    public synchronized void add(TrainableModel.Epoch e) {
        epochs.removeIf(old -> old.epoch() >= e.epoch());
        epochs.add(e);
    }

    public synchronized List<TrainableModel.Epoch> epochs() {
        return List.copyOf(epochs);
    }

    /** Every loss name reported, in first-seen order. */
    public synchronized Set<String> lossNames() {
        Set<String> names = new LinkedHashSet<>();
        epochs.forEach(e -> names.addAll(e.losses().keySet()));
        epochs.forEach(e -> names.addAll(e.heldOut().keySet()));
        return names;
    }

    /** x = epoch number (1-based), y = the value; epochs without that value are left out. */
    public synchronized double[][] series(String loss, boolean heldOut) {
        List<double[]> points = new ArrayList<>();
        for (TrainableModel.Epoch e : epochs) {
            Double v = (heldOut ? e.heldOut() : e.losses()).get(loss);
            if (v != null && Double.isFinite(v)) {
                points.add(new double[] {e.epoch() + 1, v});
            }
        }
        return new double[][] {points.stream().mapToDouble(p -> p[0]).toArray(),
            points.stream().mapToDouble(p -> p[1]).toArray()};
    }
}
