package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

import org.matdesign.ml.Ops;

import java.util.Map;

/** The loss terms of the paper, masked so that padded slots never contribute. */
public final class Losses {

    private Losses() {
    }

    /**
     * Symmetric InfoNCE (eq. 5 in both directions, averaged): with s_kl = z_s^k . z_p^l / tau over unit vectors,
     * 0.5 * (-mean_k log softmax_l(s_kl)[k] - mean_l log softmax_k(s_kl)[l]).
     */
    public static NDArray infoNce(NDArray zs, NDArray zp, double tau) {
        NDArray logits = Ops.div(zs.matMul(zp.transpose()), (float) tau);
        NDArray rows = logits.logSoftmax(1).diagonal().mean().neg();
        NDArray cols = logits.logSoftmax(0).diagonal().mean().neg();
        return Ops.mul(rows.add(cols), 0.5f);
    }

    /** Mean squared error over all entries. */
    public static NDArray mse(NDArray prediction, NDArray target) {
        return prediction.sub(target).square().mean();
    }

    /**
     * Periodic coordinate loss: squared length of the wrapped fractional difference (d - round(d), so 0.99 vs 0.01
     * counts as 0.02), summed over axes and averaged over real slots.
     */
    public static NDArray periodicCoordinates(NDArray predicted, NDArray target, NDArray slotMask) {
        NDArray d = predicted.sub(target);
        d = d.sub(d.round().stopGradient());
        NDArray perSlot = d.square().sum(new int[] {2});
        return perSlot.mul(slotMask).sum().div(Ops.maximum(slotMask.sum(), 1f));
    }

    /** Cross-entropy of per-slot logits [B,M,E] against indices [B,M], averaged over real slots. */
    public static NDArray maskedCrossEntropy(NDArray logits, NDArray target, NDArray slotMask) {
        int classes = (int) logits.getShape().get(2);
        NDArray picked = logits.logSoftmax(2).mul(target.oneHot(classes, DataType.FLOAT32)).sum(new int[] {2});
        return picked.mul(slotMask).sum().div(Ops.maximum(slotMask.sum(), 1f)).neg();
    }

    /** Cross-entropy of logits [B,C] against indices [B]. */
    public static NDArray crossEntropy(NDArray logits, NDArray target) {
        int classes = (int) logits.getShape().get(1);
        return logits.logSoftmax(1).mul(target.oneHot(classes, DataType.FLOAT32)).sum(new int[] {1}).mean().neg();
    }

    /** Numerically stable binary cross-entropy with logits, weighted by {@code weight} (same shape), weighted mean. */
    public static NDArray bceWithLogits(NDArray logits, NDArray target, NDArray weight) {
        // max(x,0) - x*t + log(1 + exp(-|x|))
        NDArray loss = Ops.maximum(logits, 0f).sub(logits.mul(target)).add(Ops.add(logits.abs().neg().exp(), 1f).log());
        return loss.mul(weight).sum().div(Ops.maximum(weight.sum(), 1f));
    }

    /** Reconstruction of a decoded batch against its targets; puts the unweighted terms into {@code log} under prefix. */
    public static NDArray reconstruction(Decoded d, CrystalBatch.Targets t, LossWeights w, Map<String, NDArray> log,
            String prefix) {
        NDArray slotMask = t.slotMask();
        NDArray lattice = mse(d.lattice(), t.lattice());
        NDArray count = crossEntropy(d.countLogits(), t.count());
        NDArray species = maskedCrossEntropy(d.speciesLogits(), t.species(), slotMask);
        NDArray coords = periodicCoordinates(d.frac(), t.frac(), slotMask);
        NDArray occupancy = bceWithLogits(d.maskLogits(), slotMask, slotMask.onesLike());
        NDArray pairMask = slotMask.expandDims(2).mul(slotMask.expandDims(1));
        long m = slotMask.getShape().get(1);
        pairMask = pairMask.mul(Ops.oneMinus(slotMask.getManager().eye((int) m)));
        NDArray adjacency = bceWithLogits(d.adjacencyLogits(), t.adjacency(), pairMask);
        if (log != null) {
            log.put(prefix + "lattice", lattice);
            log.put(prefix + "species", species);
            log.put(prefix + "coords", coords);
            log.put(prefix + "count", count);
            log.put(prefix + "adjacency", adjacency);
        }
        return Ops.mul(lattice, (float) w.lattice()).add(Ops.mul(count, (float) w.count()))
                .add(Ops.mul(species, (float) w.species())).add(Ops.mul(coords, (float) w.coords()))
                .add(Ops.mul(occupancy, (float) w.mask())).add(Ops.mul(adjacency, (float) w.adjacency()));
    }
}
