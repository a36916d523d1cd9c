package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainableModel;
import org.matdesign.core.Structure;
import org.matdesign.ml.TrainingLoop;
import org.matdesign.models.meidnet.MeidnetData;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.MeidnetTrainingRun;
import org.matdesign.models.meidnet.PropertySpec;

/**
 * MEIDNet as the benchmark harness sees it (model {@value #ID}). Reconstruction encodes the crystal's structure
 * alone (z_s) and decodes it; sampling draws latents uniformly on the unit sphere (the prior the contrastive training
 * shapes); conditional sampling runs the design search (paper eq. 7) from such latents towards the conditions;
 * optimisation runs the same search from the encoded start towards a property value far below the training
 * distribution and decodes after every segment of steps, so the caller sees the crystals visited on the way.
 */
public final class MeidnetGenerativeModel implements GenerativeModel, TrainableModel {

    public static final String ID = "meidnet";

    /** Optimisation: segments of the latent search, each decoded (CDVAE decodes ten times along 5,000 steps). */
    static final int SEGMENTS = 5;
    static final int STEPS_PER_SEGMENT = 30;
    /** The search aims this many training standard deviations below the training mean. */
    static final double OPTIMIZE_SIGMAS = 3;

    @Override
    public Set<Task> tasks() {
        return EnumSet.allOf(Task.class);
    }

    @Override
    public List<String> trainableDatasets() {
        return MeidnetData.datasets();
    }

    /**
     * `matdesign train`'s defaults (fusion early+cl, batch 64, learning rate 1e-3 decaying to 5 %, split seed 42);
     * each epoch reports the training losses and the same objective on the validation split.
     */
    @Override
    public Path train(Request request, Consumer<Epoch> epochs, IProgressMonitor monitor) throws CoreException {
        try {
            if (!request.resume() && Files.isDirectory(request.output())) {
                try (var listing = Files.list(request.output())) {
                    if (listing.findAny().isPresent()) {
                        throw failure("the output folder " + request.output() + " already holds files; choose a new"
                                + " one or resume", null);
                    }
                }
            }
            MeidnetTrainingRun.Settings settings = MeidnetTrainingRun.Settings.defaults(request.dataset(),
                    request.dataFolder(), request.epochs(), request.seed(), request.resume());
            SubMonitor progress = SubMonitor.convert(monitor, "Training MEIDNet on " + request.dataset(),
                    request.epochs());
            MeidnetTrainingRun.Result run = MeidnetTrainingRun.run(settings, request.output(),
                    new MeidnetTrainingRun.Listener() {
                        @Override
                        public void onHeldOut(TrainingLoop.EpochSummary s, Map<String, Double> heldOut) {
                            epochs.accept(new Epoch(s.epoch(), s.epochs(), s.meanLosses(), heldOut, s.seconds()));
                            progress.worked(1);
                        }
                    }, progress::isCanceled);
            try (MeidnetModel model = run.model()) {
                if (run.training().cancelled()) {
                    return null;
                }
                run.save(request.output(), run.record("workbench training monitor"));
                return request.output();
            }
        } catch (IOException | RuntimeException e) {
            throw failure("MEIDNet training into " + request.output() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Session open(Settings settings) throws CoreException {
        String name = settings.has(DesignModels.SETTING) ? settings.getString(DesignModels.SETTING) : null;
        String key = name == null || name.isBlank() ? DesignModels.DEFAULT : name.trim();
        try {
            return new MeidnetSession(DesignModels.load(key), key);
        } catch (IOException | RuntimeException e) {
            throw failure("cannot load the MEIDNet model '" + key + "': " + e.getMessage(), e);
        }
    }

    static CoreException failure(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet", message, cause));
    }

    private static final class MeidnetSession implements Session {

        private final MeidnetModel model;
        private final String name;

        MeidnetSession(MeidnetModel model, String name) {
            this.model = model;
            this.name = name;
        }

        @Override
        public String dataset() {
            return model.trainingRecord().has("dataset") ? model.trainingRecord().get("dataset").getAsString()
                    : "perov_5";
        }

        @Override
        public List<String> properties() {
            return model.propertyNames();
        }

        @Override
        public Map<String, String> facts() {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("model", ID + " (" + name + ")");
            facts.put("architecture", "MEIDNet: periodic equivariant graph autoencoder, latent " + model.config().latent()
                    + ", contrastive property alignment, at most " + model.config().maxAtoms() + " atoms");
            facts.put("model_sha256", model.checksum());
            model.trainingRecord().entrySet().forEach(e -> {
                if (e.getValue().isJsonPrimitive()) {
                    facts.put("training." + e.getKey(), e.getValue().getAsString());
                }
            });
            return facts;
        }

        @Override
        public String reconstructionInput() {
            return "the structure latent z_s of the crystal (species, fractional coordinates, lattice); no properties";
        }

        @Override
        public List<Structure> reconstruct(List<Structure> inputs, IProgressMonitor monitor) throws CoreException {
            SubMonitor progress = SubMonitor.convert(monitor, "Reconstructing " + inputs.size() + " crystals",
                    inputs.size());
            List<Structure> out = new ArrayList<>();
            int chunk = 256;
            for (int from = 0; from < inputs.size(); from += chunk) {
                checkCanceled(progress);
                List<Structure> part = inputs.subList(from, Math.min(inputs.size(), from + chunk));
                out.addAll(encodeDecode(part));
                progress.worked(part.size());
            }
            return out;
        }

        /** The structure latent z_s (unit vectors) of each crystal MEIDNet can encode. */
        @Override
        public List<double[]> embed(List<Structure> crystals, IProgressMonitor monitor) throws CoreException {
            SubMonitor progress = SubMonitor.convert(monitor, "Encoding " + crystals.size() + " crystals",
                    crystals.size());
            List<double[]> out = new ArrayList<>(java.util.Collections.nCopies(crystals.size(), (double[]) null));
            int chunk = 256;
            for (int from = 0; from < crystals.size(); from += chunk) {
                checkCanceled(progress);
                List<Structure> part = crystals.subList(from, Math.min(crystals.size(), from + chunk));
                List<Integer> where = encodable(part);
                if (!where.isEmpty()) {
                    try (NDScope scope = new NDScope()) {
                        scope.suppressNotUsedWarning();
                        float[][] z = toRows(model.encodeStructures(where.stream().map(part::get).toList()));
                        for (int k = 0; k < z.length; k++) {
                            double[] row = new double[z[k].length];
                            for (int d = 0; d < row.length; d++) {
                                row[d] = z[k][d];
                            }
                            out.set(from + where.get(k), row);
                        }
                    }
                }
                progress.worked(part.size());
            }
            return out;
        }

        private static float[][] toRows(NDArray z) {
            int n = (int) z.getShape().get(0);
            int d = (int) z.getShape().get(1);
            float[] flat = z.toFloatArray();
            float[][] rows = new float[n][d];
            for (int i = 0; i < n; i++) {
                System.arraycopy(flat, i * d, rows[i], 0, d);
            }
            return rows;
        }

        private List<Structure> encodeDecode(List<Structure> part) {
            List<Integer> where = encodable(part);
            List<Structure> out = new ArrayList<>(java.util.Collections.nCopies(part.size(), (Structure) null));
            if (where.isEmpty()) {
                return out;
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray z = model.encodeStructures(where.stream().map(part::get).toList());
                List<Structure> decoded = model.toStructures(model.decode(z));
                for (int k = 0; k < decoded.size(); k++) {
                    out.set(where.get(k), decoded.get(k));
                }
            }
            return out;
        }

        /**
         * Indices of the crystals the model can encode; one the featurizer refuses (too many atoms, an unknown
         * element) is a miss, not a failure.
         */
        private List<Integer> encodable(List<Structure> structures) {
            List<Integer> where = new ArrayList<>();
            for (int i = 0; i < structures.size(); i++) {
                if (model.canEncode(structures.get(i))) {
                    where.add(i);
                }
            }
            return where;
        }

        @Override
        public List<Structure> sample(int count, Map<String, Double> conditions, long seed, IProgressMonitor monitor)
                throws CoreException {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0, got " + count);
            }
            checkProperties(conditions.keySet());
            SubMonitor progress = SubMonitor.convert(monitor, "Sampling " + count + " crystals", 100);
            float[][] latents = LatentSampler.sphere(new Random(seed), count, model.config().latent());
            if (!conditions.isEmpty()) {
                latents = search(latents, conditions, SearchSettings.defaults(), progress.split(90)).latents();
            }
            checkCanceled(progress);
            return LatentDecoding.structures(model, latents);
        }

        @Override
        public List<List<Structure>> optimize(List<Structure> starts, String property, boolean minimize, long seed,
                IProgressMonitor monitor) throws CoreException {
            checkProperties(Set.of(property));
            PropertySpec spec = model.config().property(property);
            double goal = spec.mean() + (minimize ? -OPTIMIZE_SIGMAS : OPTIMIZE_SIGMAS) * spec.std();
            SubMonitor progress = SubMonitor.convert(monitor, "Optimising " + property + " from " + starts.size()
                    + " starts", SEGMENTS * 10 + 1);
            List<List<Structure>> paths = new ArrayList<>();
            starts.forEach(s -> paths.add(new ArrayList<>()));
            List<Integer> encodable = encodable(starts); // a start it cannot encode keeps an empty path
            List<Structure> toEncode = encodable.stream().map(starts::get).toList();
            if (toEncode.isEmpty()) {
                return paths;
            }
            float[][] z;
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                float[] flat = model.encodeStructures(toEncode).toFloatArray();
                int d = model.config().latent();
                z = new float[toEncode.size()][];
                for (int k = 0; k < z.length; k++) {
                    z[k] = java.util.Arrays.copyOfRange(flat, k * d, (k + 1) * d);
                }
            }
            progress.worked(1);
            SearchSettings d = SearchSettings.defaults();
            SearchSettings segment = new SearchSettings(STEPS_PER_SEGMENT, d.learningRate(), d.lambdaPhysical(),
                    d.batchSize(), d.penalties());
            for (int s = 0; s < SEGMENTS; s++) {
                z = search(z, Map.of(property, goal), segment, progress.split(10)).latents();
                List<Structure> decoded = LatentDecoding.structures(model, z);
                for (int k = 0; k < decoded.size(); k++) {
                    paths.get(encodable.get(k)).add(decoded.get(k));
                }
            }
            return paths;
        }

        private LatentSearch.Result search(float[][] starts, Map<String, Double> targets, SearchSettings settings,
                SubMonitor progress) {
            progress.setWorkRemaining(1000);
            long[] reported = {0};
            try {
                return new LatentSearch(model, settings).run(starts, targets, (done, total) -> {
                    long work = 1000 * done / Math.max(1, total);
                    progress.worked((int) (work - reported[0]));
                    reported[0] = work;
                }, progress::isCanceled);
            } catch (CancellationException e) {
                throw new OperationCanceledException(e.getMessage());
            }
        }

        private void checkProperties(Set<String> names) {
            for (String p : names) {
                if (!model.propertyNames().contains(p)) {
                    throw new IllegalArgumentException("model " + ID + " does not know the property '" + p
                            + "' (it knows " + model.propertyNames() + ")");
                }
            }
        }

        private static void checkCanceled(IProgressMonitor monitor) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
