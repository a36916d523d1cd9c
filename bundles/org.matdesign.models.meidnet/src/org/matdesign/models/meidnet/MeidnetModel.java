package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import com.google.gson.JsonObject;

import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.TensorFile;
import org.matdesign.ml.TensorFileException;
import org.matdesign.ml.TensorFileHeader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trained MEIDNet: structure and property encoders into one unit-sphere latent space, a structure decoder and a
 * property decoder. All NDArrays it returns are differentiable and live in {@link #manager()} (or in the manager
 * of the argument); wrap calls in an {@code NDScope} or close the results. Not thread-safe.
 * <p>
 * A model folder holds {@value #BASE_NAME}{@code .json} + {@value #BASE_NAME}{@code .bin} ({@link TensorFile}):
 * the parameters, the model format ({@code metadata.format}, absent in files written before it existed), the
 * {@link ModelConfig} under {@code metadata.config}, and provenance under {@code metadata.training}. Loading checks
 * all of it against the tensor table before building the network ({@link #checkMetadata(Path)}).
 */
public final class MeidnetModel implements AutoCloseable {

    public static final String BASE_NAME = "model";

    /** Bundle resource folder (relative to this class) of the committed default model. */
    public static final String DEFAULT_RESOURCE = "model/";

    /** Models created or loaded and not yet closed, in this JVM (each holds native tensors until closed). */
    private static final java.util.concurrent.atomic.AtomicInteger OPEN = new java.util.concurrent.atomic.AtomicInteger();

    private final NDManager manager;
    private final MeidnetNetwork network;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Featurizer featurizer;
    private final JsonObject training;
    private String checksum;

    MeidnetModel(ModelConfig config, NDManager manager, long seed, JsonObject training) {
        this.manager = manager;
        this.network = new MeidnetNetwork(config, new Parameters(manager, seed));
        this.featurizer = new Featurizer(config);
        this.training = training == null ? new JsonObject() : training.deepCopy();
        this.checksum = "";
        OPEN.incrementAndGet();
    }

    /** How many models are open now in this JVM (for leak checks: a finished campaign leaves none). */
    public static int openCount() {
        return OPEN.get();
    }

    /** A freshly initialised model (training starts from here). */
    public static MeidnetModel create(ModelConfig config, long seed) {
        return new MeidnetModel(config, DjlRuntime.newManager(), seed, null);
    }

    public static MeidnetModel load(Path dir) throws IOException {
        return fromFile(TensorFile.read(dir, BASE_NAME), TensorFile.jsonPath(dir, BASE_NAME).toString());
    }

    /**
     * Checks a model folder without loading its parameters: every check {@link #load(Path)} makes except the
     * payload's checksum (tensor file format and table, model format, configuration, properties and their
     * normalisation, training record, parameter names and shapes). Cheap enough to run on many files.
     *
     * @return the model's configuration
     * @throws TensorFileException naming the file and the problem
     */
    public static ModelConfig checkMetadata(Path dir) throws IOException {
        TensorFileHeader header = TensorFile.readHeader(dir, BASE_NAME);
        return checked(header.metadata(), header.shapes(), header.source()).config();
    }

    /** The configuration of the default model, from its metadata alone (no engine, no parameters). */
    public static ModelConfig defaultConfig() throws IOException {
        String json = DEFAULT_RESOURCE + BASE_NAME + ".json";
        try (InputStream meta = MeidnetModel.class.getResourceAsStream(json)) {
            if (meta == null) {
                throw new TensorFileException("the default MEIDNet model (bundle resource " + json
                        + ") is missing from this build");
            }
            TensorFileHeader header = TensorFileHeader.parse("bundle resource " + json, meta);
            return checked(header.metadata(), header.shapes(), header.source()).config();
        }
    }

    /** The default model committed in this bundle. */
    public static MeidnetModel loadDefault() throws IOException {
        String json = DEFAULT_RESOURCE + BASE_NAME + ".json";
        String bin = DEFAULT_RESOURCE + BASE_NAME + ".bin";
        try (InputStream meta = MeidnetModel.class.getResourceAsStream(json);
                InputStream payload = MeidnetModel.class.getResourceAsStream(bin)) {
            if (meta == null || payload == null) {
                throw new TensorFileException("the default MEIDNet model (bundle resource " + json
                        + ") is missing from this build");
            }
            return fromFile(TensorFile.read("bundle resource " + json, meta, "bundle resource " + bin, payload),
                    "bundle resource " + json);
        }
    }

    private static MeidnetModel fromFile(TensorFile file, String source) throws TensorFileException {
        MeidnetModelFile.Contents contents = checked(file.metadata(), file.shapes(), source);
        // the shapes match the payload now, so building the network allocates no more than the file holds
        MeidnetModel model = new MeidnetModel(contents.config(), DjlRuntime.newManager(), 0, contents.training());
        try {
            model.network.parameters().load(file.tensors(), source);
        } catch (TensorFileException ex) {
            model.close();
            throw ex;
        }
        model.checksum = file.sha256();
        return model;
    }

    private static MeidnetModelFile.Contents checked(JsonObject metadata, Map<String, long[]> shapes, String source)
            throws TensorFileException {
        try {
            return MeidnetModelFile.check(metadata, shapes, source);
        } catch (RuntimeException ex) {
            // a check this code lacks must still not escape as gson's or the network's exception
            throw new TensorFileException(source + ": malformed model metadata (" + ex + ")", ex);
        }
    }

    /** Writes the model folder; refuses existing files unless {@code overwrite}. */
    public String save(Path dir, JsonObject trainingRecord, boolean overwrite) throws IOException {
        JsonObject meta = new JsonObject();
        meta.addProperty("format", MeidnetModelFile.FORMAT);
        meta.addProperty("model", "MEIDNet (periodic EGNN autoencoder + property encoder, InfoNCE-aligned)");
        meta.add("config", config().toJson());
        meta.add("training", trainingRecord == null ? training.deepCopy() : trainingRecord.deepCopy());
        checksum = TensorFile.write(dir, BASE_NAME, network.parameters().snapshot(), meta, overwrite);
        return checksum;
    }

    public ModelConfig config() {
        return network.config();
    }

    public MeidnetNetwork network() {
        return network;
    }

    /** Training provenance recorded with the model (command, seed, data hash, epochs, metrics...). */
    public JsonObject trainingRecord() {
        return training.deepCopy();
    }

    public NDManager manager() {
        return manager;
    }

    /** Hex SHA-256 of the parameter payload ("" for a model not yet saved or loaded). */
    public String checksum() {
        return checksum;
    }

    /** Freezes (false) or unfreezes (true) every parameter, e.g. freeze before optimising latents. */
    public void setTrainable(boolean trainable) {
        network.parameters().setTrainable(trainable);
    }

    /** Whether the featurizer takes the crystal (not too many atoms, no unknown element). */
    public boolean canEncode(Structure structure) {
        try {
            featurizer.featurize(structure);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    // ------------------------------------------------------------ encoders

    /** z_s [B,D] (unit vectors) of structures. */
    public NDArray encodeStructures(List<Structure> structures) {
        List<CrystalFeatures> features = new ArrayList<>();
        for (Structure s : structures) {
            features.add(featurizer.featurize(s));
        }
        return encodeFeatures(features);
    }

    public NDArray encodeFeatures(List<CrystalFeatures> features) {
        return encode(CrystalBatch.input(features, config(), manager));
    }

    /** z_s [B,D] of a tensor-level input (e.g. a decoded, soft structure). */
    public NDArray encode(EncoderInput input) {
        return network.structureLatent(network.structureFeatures(input));
    }

    /** z_p [B,D] from physical property values [B][P] in {@link ModelConfig#properties()} order. */
    public NDArray encodeProperties(double[][] physicalValues) {
        return encodeNormalizedProperties(normalizeProperties(physicalValues));
    }

    /** z_p [B,D] from normalised property values [B,P]. */
    public NDArray encodeNormalizedProperties(NDArray normalized) {
        return network.propertyLatent(network.propertyFeatures(normalized));
    }

    /** Physical values [B][P] -> normalised NDArray [B,P]. */
    public NDArray normalizeProperties(double[][] physicalValues) {
        List<PropertySpec> specs = config().properties();
        float[] flat = new float[physicalValues.length * specs.size()];
        for (int b = 0; b < physicalValues.length; b++) {
            if (physicalValues[b].length != specs.size()) {
                throw new IllegalArgumentException("row " + b + " has " + physicalValues[b].length
                        + " property values; the model expects " + specs.size() + " (" + propertyNames() + ")");
            }
            for (int p = 0; p < specs.size(); p++) {
                flat[b * specs.size() + p] = (float) specs.get(p).normalize(physicalValues[b][p]);
            }
        }
        return CrystalBatch.owned(manager.create(flat, new Shape(physicalValues.length, specs.size())));
    }

    // ------------------------------------------------------------ decoders

    public Decoded decode(NDArray z) {
        return network.decode(z);
    }

    /** Normalised property predictions [B,P] (differentiable). */
    public NDArray predictProperties(NDArray z) {
        return network.predictProperties(z);
    }

    /** Normalised predictions [B,P] -> physical units [B][P]. */
    public double[][] toPhysical(NDArray normalizedPredictions) {
        List<PropertySpec> specs = config().properties();
        float[] flat = normalizedPredictions.toFloatArray();
        int p = specs.size();
        double[][] out = new double[flat.length / p][p];
        for (int b = 0; b < out.length; b++) {
            for (int k = 0; k < p; k++) {
                out[b][k] = specs.get(k).physical(flat[b * p + k]);
            }
        }
        return out;
    }

    /** A normalised target for one property, e.g. to build a differentiable loss against predictProperties. */
    public double normalize(String property, double physical) {
        return config().property(property).normalize(physical);
    }

    public List<String> propertyNames() {
        return config().properties().stream().map(PropertySpec::name).toList();
    }

    /**
     * Argmax decoding into core structures: atom count from its logits, species from the per-slot logits of the
     * first count slots, coordinates modulo 1, lattice from the de-normalised parameters. An entry is null where
     * the decoded lattice is not a valid cell.
     */
    public List<Structure> toStructures(Decoded d) {
        return toStructures(d, null);
    }

    /**
     * As {@link #toStructures(Decoded)}, with the species argmax taken only over the elements whose entry in
     * {@code allowedElements} (model element order) is true; null allows all.
     */
    public List<Structure> toStructures(Decoded d, boolean[] allowedElements) {
        float[] lat = d.lattice().toFloatArray();
        float[] counts = d.countLogits().toFloatArray();
        float[] species = d.speciesLogits().toFloatArray();
        float[] frac = d.frac().toFloatArray();
        int b = (int) d.lattice().getShape().get(0);
        int m = config().maxAtoms();
        int e = config().elementCount();
        List<Structure> out = new ArrayList<>();
        for (int k = 0; k < b; k++) {
            out.add(decodeOne(k, lat, counts, species, frac, m, e, allowedElements).orElse(null));
        }
        return out;
    }

    private Optional<Structure> decodeOne(int k, float[] lat, float[] counts, float[] species, float[] frac, int m,
            int e, boolean[] allowed) {
        int n = 1 + argmax(counts, k * m, m);
        float[] normLat = new float[6];
        System.arraycopy(lat, k * 6, normLat, 0, 6);
        double[] p = config().latticeNorm().physical(normLat);
        List<Species> sp = new ArrayList<>();
        List<double[]> coords = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int el = allowed == null ? argmax(species, (k * m + i) * e, e) : argmax(species, (k * m + i) * e, e, allowed);
            sp.add(Species.of(Element.of(config().elements().get(el))));
            double[] f = new double[3];
            for (int a = 0; a < 3; a++) {
                double v = frac[(k * m + i) * 3 + a];
                f[a] = v - Math.floor(v);
            }
            coords.add(f);
        }
        try {
            Lattice lattice = Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
            if (!(lattice.volume() > 0.1)) {
                return Optional.empty();
            }
            return Optional.of(Structure.of(lattice, sp, coords));
        } catch (RuntimeException ex) {
            return Optional.empty();
        }
    }

    private static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argmax(float[] values, int offset, int length, boolean[] allowed) {
        int best = -1;
        for (int i = 0; i < length; i++) {
            if (allowed[i] && (best < 0 || values[offset + i] > values[offset + best])) {
                best = i;
            }
        }
        return Math.max(best, 0);
    }

    /** Parameter values by name (copies), e.g. for tests comparing two models. */
    public Map<String, NamedTensor> parameterValues() {
        Map<String, NamedTensor> out = new java.util.LinkedHashMap<>();
        for (NamedTensor t : network.parameters().snapshot()) {
            out.put(t.name(), t);
        }
        return out;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            OPEN.decrementAndGet();
            manager.close();
        }
    }
}
