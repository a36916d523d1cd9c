package org.matdesign.models.meidnet.design;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of generator {@value MeidnetGenerator#ID}. */
public final class MeidnetGeneratorSettings implements SettingsSchema {

    /** The model both MEIDNet contributions run (a recipe's top-level {@code model} fills it in). */
    static final Setting MODEL = Setting.text(DesignModels.SETTING, DesignModels.DEFAULT,
            "\"default\" (the model in this bundle) or a MEIDNet model folder written by 'matdesign train'");

    /** Where the latent starts come from. */
    static final Setting START_FROM = Setting.choice("start_from", "mixed", List.of("random", "training", "mixed"),
            "random: points of the unit sphere (the paper); training: the encoded training crystals closest to the"
                    + " target; mixed: the first half of each candidate's starts from those crystals, the rest random"
                    + " (all random when the model tells no training crystals)");

    /** How far a design from a seed may move from the seed's latent. */
    static final Setting TRUST_RADIUS = Setting.number("trust_radius", 0.35, "radians", 0.01, Math.PI,
            "with seed structures: the angle around each seed's latent (unit sphere) that its candidates start and"
                    + " stay in; widen it to move further from the seed (pi: anywhere)");

    @Override
    public List<Setting> settings() {
        return List.of(MODEL, START_FROM, TRUST_RADIUS);
    }
}
