package org.matdesign.models.meidnet.design;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Generator {@value #ID}: for each requested candidate, {@code startsPerCandidate} latents drawn from N(0, I) and
 * projected onto the unit sphere (paper, Methods), each decoded by the model's decoder. Candidate ids are
 * {@code cNNN-sMM} (candidate, start); the optimizer keeps the best start of each candidate. A start whose decoding is
 * not a valid cell is redrawn (up to 20 times), so every start has a structure. Setting {@code model}: "default" or a
 * model folder.
 */
public final class MeidnetGenerator implements Generator {

    public static final String ID = "meidnet";
    private static final int REDRAWS = 20;

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Sampling MEIDNet latents", 2);
        MeidnetModel model = model(context.settings(ID).get(DesignModels.SETTING));
        int count = context.target().count();
        int starts = context.target().startsPerCandidate();
        Random random = context.random(ID);
        int dim = model.config().latent();
        float[][] latents = LatentSampler.sphere(random, count * starts, dim);
        List<Structure> structures = LatentDecoding.structures(model, latents);
        for (int i = 0; i < latents.length; i++) {
            for (int tries = 0; structures.get(i) == null && tries < REDRAWS; tries++) {
                latents[i] = LatentSampler.sphere(random, dim);
                structures.set(i, LatentDecoding.structures(model, new float[][] {latents[i]}).get(0));
            }
        }
        progress.worked(1);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        double[][] predicted = LatentDecoding.properties(model, latents);
        List<String> names = model.propertyNames();
        List<Candidate> out = new ArrayList<>();
        int undecodable = 0;
        for (int c = 0; c < count; c++) {
            for (int s = 0; s < starts; s++) {
                int i = c * starts + s;
                if (structures.get(i) == null) {
                    undecodable++;
                    continue;
                }
                out.add(new Candidate(id(c, s), structures.get(i), ID, physical(names, predicted[i]), Map.of(),
                        latents[i]));
            }
        }
        if (undecodable > 0) {
            context.log(ID + ": " + undecodable + " starts never decoded into a valid cell and were dropped");
        }
        progress.worked(1);
        return out;
    }

    static String id(int candidate, int start) {
        return String.format(Locale.ROOT, "c%03d-s%02d", candidate, start);
    }

    static Map<String, Double> physical(List<String> names, double[] values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            map.put(names.get(k), values[k]);
        }
        return map;
    }

    static MeidnetModel model(String name) throws CoreException {
        try {
            return DesignModels.get(name);
        } catch (IOException | RuntimeException e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet",
                    "cannot load MEIDNet model '" + (name == null ? DesignModels.DEFAULT : name) + "': " + e.getMessage(), e));
        }
    }
}
