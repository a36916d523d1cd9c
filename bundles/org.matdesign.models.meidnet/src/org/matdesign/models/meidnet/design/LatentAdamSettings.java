package org.matdesign.models.meidnet.design;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of optimizer {@value MeidnetLatentOptimizer#ID}, declared once; defaults from {@link SearchSettings}. */
public final class LatentAdamSettings implements SettingsSchema {

    /** Weight of the pull towards the encoded training crystals (LatentSearch#nearManifold); 0 is the paper's. */
    static final String LAMBDA_MANIFOLD = "lambda_manifold";
    /** Weight of the output crystal's L_target (OutputScore) when the best start of a candidate is chosen. */
    static final String LAMBDA_OUTPUT = "lambda_output";

    @Override
    public List<Setting> settings() {
        SearchSettings d = SearchSettings.defaults();
        return List.of(
                MeidnetGeneratorSettings.MODEL,
                Setting.integer(SearchSettings.STEPS, d.steps(), 0, 100_000, "Adam steps per latent"),
                Setting.number(SearchSettings.LEARNING_RATE, d.learningRate(), "", 1e-6, 10,
                        "Adam step size on the unit sphere"),
                Setting.number(SearchSettings.LAMBDA, d.lambdaPhysical(), "", 0, 1e6,
                        "lambda of paper eq. 7: weight of the physical penalties"),
                Setting.integer(SearchSettings.BATCH, d.batchSize(), 1, 65_536,
                        "latents optimised together (memory and speed, not science)"),
                Setting.number(LAMBDA_MANIFOLD, 10, "", 0, 1e6,
                        "weight of 1 - cosine to the nearest encoded training crystal (0: off, as in the paper)"),
                Setting.number(LAMBDA_OUTPUT, 1, "", 0, 1e6,
                        "weight of L_target of the decoded crystal, encoded again, when the best start is chosen"
                                + " (0: by the latent's objective alone, as in the paper)"),
                Setting.number(SearchSettings.MIN_DISTANCE, d.penalties().minDistance(), "Angstrom", 0.1, 10,
                        "soft minimum interatomic distance of the distance penalty"));
    }
}
