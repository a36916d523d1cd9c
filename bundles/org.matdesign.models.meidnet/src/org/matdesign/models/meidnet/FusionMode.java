package org.matdesign.models.meidnet;

/**
 * The three fusion strategies of the paper (Figure 1b, Figure 2a), as implemented here.
 * <ul>
 * <li>{@code late} (LF): each modality is encoded and decoded on its own. The structure latent
 * z_s = norm(head_s(EGNN(crystal))) feeds the structure decoder, the property latent z_p = norm(head_p(MLP(y)))
 * feeds the property decoder. The two embeddings only meet at the alignment stage, in the InfoNCE term, with a
 * constant weight (alpha = 1 from the first epoch).</li>
 * <li>{@code early} (EF): the modality features are merged before a shared network. One shared head maps
 * features to the joint space: z_s = norm(head(f_s)), z_p = norm(head(f_p)) and the fused latent
 * z_j = norm(head(f_s + f_p)). Both decoders are trained on z_j (weight 1) and on each single-modality latent
 * (weight 0.5 each, so that a structure alone and properties alone can be decoded), plus InfoNCE(z_s, z_p) with a
 * constant weight alpha = 1.</li>
 * <li>{@code early+cl} (EF+CL): as {@code early}, but the InfoNCE weight follows the curriculum
 * alpha_t = 1 - exp(-gamma t) over the first two thirds of the epochs, then 1 (eq. 6; {@link Curriculum}).</li>
 * </ul>
 */
public enum FusionMode {
    LATE("late"), EARLY("early"), EARLY_CL("early+cl");

    private final String id;

    FusionMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether structure and property features share one head (early fusion). */
    public boolean sharedHead() {
        return this != LATE;
    }

    public boolean curriculum() {
        return this == EARLY_CL;
    }

    public static FusionMode parse(String text) {
        for (FusionMode m : values()) {
            if (m.id.equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown fusion '" + text + "' (expected late, early or early+cl)");
    }

    @Override
    public String toString() {
        return id;
    }
}
