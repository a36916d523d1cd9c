package org.matdesign.models.meidnet.design;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Attribute;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;
import org.matdesign.api.SeedStructure;
import org.matdesign.api.TargetProperties;
import org.matdesign.api.TrainingData;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.ModelConfig;

/**
 * Generator {@value #ID}: for each requested candidate, {@code startsPerCandidate} latents, by default half of them
 * the encoded training crystals closest to the target and half drawn from N(0, I) and projected onto the unit sphere
 * (the paper's draw, Methods; setting {@code start_from}), each decoded by the model's decoder (species only among the
 * target's allowed elements). The starts of requested candidate {@code cNNN} share that group, with ids
 * {@code cNNN-sMM}; the latent travels as attribute {@link #LATENT}. A start whose decoding is not a valid cell is
 * redrawn (up to 20 times). With seed structures, candidate {@code c} starts from its seed: start 0 at the seed's
 * encoded latent, the others at random points of the trust region around it (setting {@code trust_radius}), which
 * the optimizer keeps them in ({@link #TRUST_CENTER}, {@link #TRUST_RADIUS}). Tells the engine its model's training
 * data (for coverage, novelty and the hull).
 */
public final class MeidnetGenerator implements Generator, TrainingData, TargetProperties {

    public static final String ID = "meidnet";
    /** The MEIDNet latent behind a candidate; only MEIDNet's own optimizer reads it. */
    public static final Attribute<float[]> LATENT = Attribute.of("meidnet.latent", float[].class);
    /** The center of the trust region a candidate's latent must stay in (the seed's latent); absent: free. */
    public static final Attribute<float[]> TRUST_CENTER = Attribute.of("meidnet.trust_center", float[].class);
    /** The trust region's angle in radians. */
    public static final Attribute<Double> TRUST_RADIUS = Attribute.of("meidnet.trust_radius", Double.class);
    private static final int REDRAWS = 20;

    @Override
    public boolean designsFromSeeds() {
        return true;
    }

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Sampling MEIDNet latents", 2);
        MeidnetModel model = DesignModels.of(context, ID);
        boolean[] mask = mask(model, context);
        int count = context.target().count();
        int starts = context.target().startsPerCandidate();
        Random random = context.random(ID);
        int dim = model.config().latent();
        float[][] latents = LatentSampler.sphere(random, count * starts, dim);
        float[][] centers = new float[count][];
        double radius = context.settings(ID).getDouble(MeidnetGeneratorSettings.TRUST_RADIUS.key());
        if (context.target().seeds().isEmpty()) {
            knownStarts(model, context, latents, count, starts);
        } else {
            centers = seedStarts(model, context, latents, starts, radius, random);
        }
        List<Structure> structures = LatentDecoding.structures(model, latents, mask);
        for (int i = 0; i < latents.length; i++) {
            float[] center = centers[i / starts];
            for (int tries = 0; structures.get(i) == null && tries < REDRAWS; tries++) {
                latents[i] = center == null ? LatentSampler.sphere(random, dim)
                        : LatentSampler.inCap(random, center, radius);
                structures.set(i, LatentDecoding.structures(model, new float[][] {latents[i]}, mask).get(0));
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
            String group = String.format(Locale.ROOT, "c%03d", c);
            for (int s = 0; s < starts; s++) {
                int i = c * starts + s;
                if (structures.get(i) == null) {
                    undecodable++;
                    continue;
                }
                Candidate candidate = Candidate.of(String.format(Locale.ROOT, "%s-s%02d", group, s),
                        structures.get(i), ID).withGroup(group).withPredicted(physical(names, predicted[i]))
                        .withAttribute(LATENT, latents[i]);
                if (centers[c] != null) {
                    candidate = candidate.withAttribute(TRUST_CENTER, centers[c]).withAttribute(TRUST_RADIUS, radius)
                            .withAttribute(SeedStructure.OF_CANDIDATE, context.target().seedOf(c).orElseThrow().name());
                }
                out.add(candidate);
            }
        }
        if (undecodable > 0) {
            context.log(ID + ": " + undecodable + " starts never decoded into a valid cell and were dropped");
        }
        progress.worked(1);
        return out;
    }

    /**
     * Starts of candidate {@code c} in the trust region of its seed: the first at the seed's latent, the others at
     * random points of the cap (the random draws are replaced, so the run stays reproducible from its seed).
     *
     * @return per candidate the seed latent its search must stay near
     */
    private static float[][] seedStarts(MeidnetModel model, RunContext context, float[][] latents, int starts,
            double radius, Random random) throws CoreException {
        List<SeedStructure> seeds = context.target().seeds();
        float[][] encoded = new float[seeds.size()][];
        for (int k = 0; k < seeds.size(); k++) {
            try {
                model.featurizer().featurize(seeds.get(k).structure());
            } catch (IllegalArgumentException e) {
                throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", ID + ": seed '"
                        + seeds.get(k).name() + "' cannot be encoded by this model: " + e.getMessage(), e));
            }
            encoded[k] = TrainingStarts.encode(model, List.of(seeds.get(k).structure()))[0];
        }
        if (context.settings(ID).getString(MeidnetGeneratorSettings.START_FROM.key()).equals("training")) {
            context.log(ID + ": designing from seed structures; start_from=training is not used");
        }
        int count = latents.length / starts;
        float[][] centers = new float[count][];
        for (int c = 0; c < count; c++) {
            centers[c] = encoded[Math.floorMod(c, seeds.size())];
            latents[c * starts] = centers[c].clone();
            for (int s = 1; s < starts; s++) {
                latents[c * starts + s] = LatentSampler.inCap(random, centers[c], radius);
            }
        }
        context.log(ID + ": " + count + " candidates from " + seeds.size() + " seed structure(s), trust region "
                + String.format(Locale.ROOT, "%.3f", radius) + " rad around each seed's latent");
        return centers;
    }

    /**
     * Replaces starts by encoded training crystals closest to the target when the setting asks for it: all of them
     * ({@code training}) or the first half of each candidate's ({@code mixed}), nearest crystals first. The random
     * draws are made either way, so a {@code random} run is the run it always was.
     */
    private void knownStarts(MeidnetModel model, RunContext context, float[][] latents, int count, int starts)
            throws CoreException {
        String from = context.settings(ID).getString(MeidnetGeneratorSettings.START_FROM.key());
        if (from.equals("random")) {
            return;
        }
        int perCandidate = from.equals("training") ? starts : (starts + 1) / 2;
        TrainingSet training;
        try {
            training = context.trainingSet().isPresent() ? context.trainingSet().get()
                    : trainingSet(context).orElse(null);
        } catch (Exception e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", ID
                    + ": start_from=" + from + " needs the model's training crystals: " + e.getMessage(), e));
        }
        if (training == null && from.equals("mixed")) { // the default: a model without its crystals still designs
            context.log(ID + ": the model tells no training crystals; all starts are random");
            return;
        }
        if (training == null) {
            throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", ID
                    + ": start_from=" + from + " needs the model's training crystals, and this model tells none"));
        }
        float[][] known = TrainingStarts.nearest(model, training, context.target(), count * perCandidate);
        if (known.length == 0) {
            context.log(ID + ": no training crystal with the allowed elements to start from; all starts are random");
            return;
        }
        int next = 0;
        for (int c = 0; c < count; c++) {
            for (int s = 0; s < perCandidate; s++) {
                latents[c * starts + s] = known[next++ % known.length].clone();
            }
        }
        context.log(ID + ": " + count * perCandidate + " of " + latents.length + " starts from the " + known.length
                + " training crystals closest to the target");
    }

    /** The model's properties with the statistics of its training split (its normalisation). */
    @Override
    public List<ModelProperty> targetProperties(String model) throws Exception {
        ModelConfig config;
        try {
            config = DesignModels.config(model);
        } catch (IOException | RuntimeException e) { // said as a design run says it
            throw new IOException("cannot load the MEIDNet model '" + (model == null ? DesignModels.DEFAULT : model)
                    + "': " + e.getMessage(), e);
        }
        return config.properties().stream()
                .map(p -> new ModelProperty(p.name(), p.unit(), p.column(), p.mean(), p.std())).toList();
    }

    @Override
    public Optional<TrainingSet> trainingSet(RunContext context) throws Exception {
        MeidnetModel model = DesignModels.of(context, ID);
        String name = context.settings(ID).getString(DesignModels.SETTING);
        if (name.isBlank() || name.equals(DesignModels.DEFAULT)) {
            return Optional.of(MeidnetTrainingSet.ofDefault(model));
        }
        return MeidnetTrainingSet.ofFolder(model, Path.of(name.trim()), context.dataDirectory());
    }

    static boolean[] mask(MeidnetModel model, RunContext context) throws CoreException {
        try {
            return LatentDecoding.elementMask(model, context.target());
        } catch (IllegalArgumentException e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", ID + ": "
                    + e.getMessage(), e));
        }
    }

    static Map<String, Double> physical(List<String> names, double[] values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            map.put(names.get(k), values[k]);
        }
        return map;
    }
}
