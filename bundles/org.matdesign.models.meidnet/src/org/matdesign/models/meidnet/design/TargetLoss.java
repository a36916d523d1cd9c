package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

import java.util.Map;

import org.matdesign.ml.Ops;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.ModelConfig;

/**
 * L_target of paper eq. 7: mean squared error between the property decoder's output and the targets, in the model's
 * normalised units (so band gap and formation energy weigh alike), over the targeted properties only.
 */
public final class TargetLoss {

    private final float[] target;
    private final float[] selected;
    private final int targeted;

    public TargetLoss(ModelConfig config, Map<String, Double> physicalTargets) {
        int p = config.propertyCount();
        this.target = new float[p];
        this.selected = new float[p];
        for (Map.Entry<String, Double> t : physicalTargets.entrySet()) {
            int index = -1;
            for (int i = 0; i < p; i++) {
                if (config.properties().get(i).name().equals(t.getKey())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("the model does not predict '" + t.getKey() + "' (it predicts "
                        + config.properties().stream().map(s -> s.name()).toList() + ")");
            }
            target[index] = (float) config.properties().get(index).normalize(t.getValue());
            selected[index] = 1f;
        }
        this.targeted = physicalTargets.size();
        if (targeted == 0) {
            throw new IllegalArgumentException("no target property given");
        }
    }

    /** [B] loss from the model's normalised predictions at {@code z}. */
    public NDArray compute(MeidnetModel model, NDArray z) {
        return compute(model.predictProperties(z));
    }

    /** [B] loss from normalised predictions [B,P]. */
    public NDArray compute(NDArray normalizedPredictions) {
        int p = target.length;
        NDArray t = normalizedPredictions.getManager().create(target, new Shape(1, p));
        NDArray mask = normalizedPredictions.getManager().create(selected, new Shape(1, p));
        return Ops.div(normalizedPredictions.sub(t).square().mul(mask).sum(new int[] {1}), (float) targeted);
    }
}
