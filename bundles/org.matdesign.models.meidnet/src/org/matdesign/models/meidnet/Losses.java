package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

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
        NDArray logits = zs.matMul(zp.transpose()).div((float) tau);
        NDArray rows = logits.logSoftmax(1).diagonal().mean().neg();
        NDArray cols = logits.logSoftmax(0).diagonal().mean().neg();
        return rows.add(cols).mul(0.5f);
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
        return perSlot.mul(slotMask).sum().div(slotMask.sum().maximum(1f));
    }

    /** Cross-entropy of per-slot logits [B,M,E] against indices [B,M], averaged over real slots. */
    public static NDArray maskedCrossEntropy(NDArray logits, NDArray target, NDArray slotMask) {
        int classes = (int) logits.getShape().get(2);
        NDArray picked = logits.logSoftmax(2).mul(target.oneHot(classes, DataType.FLOAT32)).sum(new int[] {2});
        return picked.mul(slotMask).sum().div(slotMask.sum().maximum(1f)).neg();
    }

    /** Cross-entropy of logits [B,C] against indices [B]. */
    public static NDArray crossEntropy(NDArray logits, NDArray target) {
        int classes = (int) logits.getShape().get(1);
        return logits.logSoftmax(1).mul(target.oneHot(classes, DataType.FLOAT32)).sum(new int[] {1}).mean().neg();
    }

    /** Numerically stable binary cross-entropy with logits, weighted by {@code weight} (same shape), weighted mean. */
    public static NDArray bceWithLogits(NDArray logits, NDArray target, NDArray weight) {
        // max(x,0) - x*t + log(1 + exp(-|x|))
        NDArray loss = logits.maximum(0f).sub(logits.mul(target)).add(logits.abs().neg().exp().add(1f).log());
        return loss.mul(weight).sum().div(weight.sum().maximum(1f));
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
        pairMask = pairMask.mul(slotMask.getManager().eye((int) m).neg().add(1f));
        NDArray adjacency = bceWithLogits(d.adjacencyLogits(), t.adjacency(), pairMask);
        if (log != null) {
            log.put(prefix + "lattice", lattice);
            log.put(prefix + "species", species);
            log.put(prefix + "coords", coords);
            log.put(prefix + "count", count);
            log.put(prefix + "adjacency", adjacency);
        }
        return lattice.mul((float) w.lattice()).add(count.mul((float) w.count())).add(species.mul((float) w.species()))
                .add(coords.mul((float) w.coords())).add(occupancy.mul((float) w.mask()))
                .add(adjacency.mul((float) w.adjacency()));
    }
}
