package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Validator {@value #ID}: how far each candidate lies from the crystals the model was trained on, in the model's own
 * latent space. The candidate's crystal is encoded and its angle (radians on the unit sphere) to the nearest encoded
 * training crystal is the verdict's value; the detail adds the round trip (the angle between the latent the search
 * found and its crystal's latent) where the candidate carries one. Far from every training crystal, the decoder and
 * the property head are extrapolating. Fails only candidates beyond {@code max_angle} (default: none). Encodes one
 * crystal at a time, so a verdict does not depend on the other candidates.
 */
public final class ManifoldDistanceValidator implements Validator {

    public static final String ID = "meidnet.manifold";

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        MeidnetModel model = DesignModels.of(context, ID);
        float[][] anchors = TrainingStarts.anchors(model, context, ID);
        double max = context.settings(ID).getDouble(ManifoldDistanceSettings.MAX_ANGLE.key());
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add(verdict(model, anchors, c, max));
        }
        return out;
    }

    private static Verdict verdict(MeidnetModel model, float[][] anchors, Candidate c, double max) {
        if (anchors.length == 0) {
            return Verdict.pass("the model tells no training crystals to compare with");
        }
        if (!model.canEncode(c.structure())) {
            return Verdict.pass("the model cannot encode this crystal (elements or size)");
        }
        float[] z;
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            z = model.encodeStructures(List.of(c.structure())).toFloatArray();
        }
        double best = Double.POSITIVE_INFINITY;
        for (float[] anchor : anchors) {
            best = Math.min(best, LatentSampler.angle(z, anchor));
        }
        String detail = String.format(Locale.ROOT, "%.3f rad from the nearest training crystal", best);
        float[] latent = c.attribute(MeidnetGenerator.LATENT).filter(l -> l.length == z.length).orElse(null);
        if (latent != null) {
            detail += String.format(Locale.ROOT, "; its crystal re-encodes %.3f rad from the latent found",
                    LatentSampler.angle(latent, z));
        }
        return new Verdict(best <= max, best, detail);
    }
}
