package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Scores the crystals a search will output rather than the latents it found: each decoded crystal is encoded again
 * and the property head predicts from that latent. A latent whose decoding the encoder reads back differently lies
 * off the manifold the decoder and the head were trained on, and its latent prediction says little about the crystal.
 *
 * @param predicted  per latent: the head's prediction for its decoded crystal (physical units, model property order);
 *                   null where there is no crystal
 * @param targetLoss per latent: L_target of those predictions (NaN where there is no crystal)
 * @param roundTrip  per latent: the angle in radians between the latent and its crystal's latent (NaN: no crystal)
 */
record OutputScore(double[][] predicted, double[] targetLoss, double[] roundTrip) {

    /**
     * @param batch the search's batch: crystals are encoded per batch of latents, so that a slice of one batch is
     *              scored bit for bit as in one call with all of them
     */
    static OutputScore of(MeidnetModel model, float[][] latents, List<Structure> crystals, Map<String, Double> targets,
            int batch) {
        int n = latents.length;
        double[][] predicted = new double[n][];
        double[] loss = new double[n];
        double[] angle = new double[n];
        Arrays.fill(loss, Double.NaN);
        Arrays.fill(angle, Double.NaN);
        TargetLoss targetLoss = new TargetLoss(model.config(), targets);
        int dim = model.config().latent();
        for (int from = 0; from < n; from += batch) {
            List<Integer> rows = new ArrayList<>();
            List<Structure> chosen = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + batch); i++) {
                if (crystals.get(i) != null && model.canEncode(crystals.get(i))) {
                    rows.add(i);
                    chosen.add(crystals.get(i));
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray z = model.encodeStructures(chosen);
                NDArray normalized = model.predictProperties(z);
                double[][] physical = model.toPhysical(normalized);
                float[] losses = targetLoss.compute(normalized).toFloatArray();
                float[] flat = z.toFloatArray();
                for (int k = 0; k < rows.size(); k++) {
                    int i = rows.get(k);
                    predicted[i] = physical[k];
                    loss[i] = losses[k];
                    angle[i] = LatentSampler.angle(latents[i], Arrays.copyOfRange(flat, k * dim, (k + 1) * dim));
                }
            }
        }
        return new OutputScore(predicted, loss, angle);
    }
}
