package org.matdesign.models.meidnet;

import com.google.gson.JsonObject;

import org.matdesign.core.Element;
import org.matdesign.core.data.DatasetProperties;
import org.matdesign.ml.MetadataReader;
import org.matdesign.ml.ModelFormat;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.TensorFileException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the metadata of a MEIDNet model file against its tensor table, before any tensor of the sizes
 * it names is allocated: the model format, every field of the {@link ModelConfig} (sizes, distances, loss weights,
 * properties and their normalisation, lattice normalisation), the training record's fields that other code reads,
 * and the parameter names and shapes the configuration defines. Each refusal is a {@link TensorFileException}
 * {@code <file>: <field> <problem>}.
 */
final class MeidnetModelFile {

    /** The model format written into {@code metadata.format}; files written before it existed are this version. */
    static final String FORMAT = "matdesign-meidnet-1";

    /**
     * Upper bound of every layer size, atom count and layer count: far above any model this code trains, and low
     * enough that a size that passes cannot make an allocation overflow.
     */
    static final int MAX_SIZE = 1 << 16;
    /** Layer counts: each layer is a handful of named parameters the plan lists. */
    static final int MAX_LAYERS = 256;
    private static final int MAX_PROPERTIES = 64;
    private static final int MAX_NAME = 128;

    /** What a checked file holds besides its tensors. */
    record Contents(ModelConfig config, JsonObject training) {
    }

    private MeidnetModelFile() {
    }

    /**
     * @param metadata the tensor file's {@code metadata} object
     * @param shapes   the tensor table: name to shape
     * @param source   the file, as errors name it
     */
    static Contents check(JsonObject metadata, Map<String, long[]> shapes, String source) throws TensorFileException {
        ModelFormat.require(metadata, "format", FORMAT, true, source, "metadata.format");
        MetadataReader meta = MetadataReader.of(metadata, source, "metadata");
        if (!meta.has("config")) {
            throw new TensorFileException(source + ": no model configuration (metadata.config)");
        }
        ModelConfig config = config(meta.object("config"));
        JsonObject training = training(meta);
        checkPropertyHead(config, shapes, source);
        Parameters plan = Parameters.plan();
        new MeidnetNetwork(config, plan);
        Parameters.checkShapes(plan.plannedShapes(), shapes, source);
        return new Contents(config, training);
    }

    /** The configuration, field by field, so a lying value is refused by name rather than defaulted by gson. */
    static ModelConfig config(MetadataReader c) throws TensorFileException {
        String dataset = c.name("dataset", MAX_NAME);
        if (!dataset.matches("[A-Za-z0-9_.-]+") || dataset.contains("..")) {
            throw c.problem("dataset", "is " + MetadataReader.quote(dataset) + ", not a dataset folder name");
        }
        List<String> elements = c.names("elements", Element.all().size(), 3);
        for (int i = 0; i < elements.size(); i++) {
            if (Element.orNull(elements.get(i)) == null) {
                throw c.problem("elements[" + i + "]", "is " + MetadataReader.quote(elements.get(i))
                        + ", not an element symbol");
            }
        }
        int maxAtoms = c.integer("maxAtoms", 1, MAX_SIZE);
        int hidden = c.integer("hidden", 1, MAX_SIZE);
        int latent = c.integer("latent", 1, MAX_SIZE);
        int layers = c.integer("egnnLayers", 1, MAX_LAYERS);
        int rbfCount = c.integer("rbfCount", 1, MAX_SIZE);
        double rbfMax = c.positive("rbfMaxDistance");
        double cutoff = c.positive("adjacencyCutoff");
        int decoderHidden = c.integer("decoderHidden", 1, MAX_SIZE);
        int slotHidden = c.integer("slotHidden", 1, MAX_SIZE);
        if ((long) maxAtoms * slotHidden > MAX_SIZE * 16L) {
            throw c.problem("maxAtoms", "times slotHidden is " + (long) maxAtoms * slotHidden + ", more than "
                    + MAX_SIZE * 16L + " decoder slots");
        }
        String fusionName = c.string("fusion");
        FusionMode fusion;
        try {
            fusion = FusionMode.parse(fusionName);
        } catch (IllegalArgumentException ex) {
            throw c.problem("fusion", "is " + MetadataReader.quote(fusionName)
                    + ", expected late, early or early+cl");
        }
        double tau = c.positive("tau");
        MetadataReader w = c.object("weights");
        LossWeights weights = new LossWeights(w.nonNegative("lattice"), w.nonNegative("count"),
                w.nonNegative("species"), w.nonNegative("coords"), w.nonNegative("mask"), w.nonNegative("adjacency"),
                w.nonNegative("property"), w.nonNegative("contrastive"), w.nonNegative("singleModality"));
        List<PropertySpec> properties = properties(c);
        MetadataReader l = c.object("latticeNorm");
        LatticeNorm norm = new LatticeNorm(l.finite("lengthLogMean"), l.positive("lengthLogStd"),
                l.finite("angleMean"), l.positive("angleStd"));
        try {
            return new ModelConfig(dataset, elements, maxAtoms, hidden, latent, layers, rbfCount, rbfMax, cutoff,
                    decoderHidden, slotHidden, fusion, tau, weights, properties, norm);
        } catch (IllegalArgumentException ex) {
            throw c.problem("is not a valid configuration (" + ex.getMessage() + ")");
        }
    }

    /** Names and columns distinct and non-empty; each normalisation a finite mean and a positive std. */
    private static List<PropertySpec> properties(MetadataReader c) throws TensorFileException {
        List<PropertySpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (MetadataReader p : c.objects("properties", 1, MAX_PROPERTIES)) {
            String name = p.name("name", MAX_NAME);
            String column = p.name("column", MAX_NAME);
            if (!names.add(name)) {
                throw p.problem("name", "is " + MetadataReader.quote(name) + ", the name of an earlier property too");
            }
            if (!columns.add(column)) {
                throw p.problem("column", "is " + MetadataReader.quote(column) + ", the column of an earlier property too");
            }
            String unit = p.string("unit");
            if (unit.length() > MAX_NAME) {
                throw p.problem("unit", "is " + unit.length() + " characters long, more than " + MAX_NAME);
            }
            out.add(new PropertySpec(name, column, unit, p.finite("mean"), p.positive("std")));
        }
        return out;
    }

    /** The training record, with the fields that sessions and the training-set lookup read. */
    private static JsonObject training(MetadataReader meta) throws TensorFileException {
        if (!meta.has("training")) {
            return new JsonObject();
        }
        MetadataReader t = meta.object("training");
        if (t.has("table")) { // a user's table: named after its file
            t.name("dataset", MAX_NAME);
        } else if (t.has("dataset")) {
            String dataset = t.string("dataset");
            try {
                DatasetProperties.parse(dataset);
            } catch (IllegalArgumentException ex) {
                throw t.problem("dataset", "is " + MetadataReader.quote(dataset)
                        + ", not a known dataset (" + knownDatasets() + ")");
            }
        }
        if (t.has("splitSeed")) {
            t.integer("splitSeed", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        t.optionalString("split");
        return t.json();
    }

    static String knownDatasets() {
        return String.join(", ", DatasetProperties.ALL.stream().map(DatasetProperties::dataset).toList());
    }

    /**
     * The property list against the property head, said plainly: the generic shape check would report the same
     * lie as a matrix of the wrong shape.
     */
    private static void checkPropertyHead(ModelConfig config, Map<String, long[]> shapes, String source)
            throws TensorFileException {
        long[] head = shapes.get("prop.dec.1.b");
        if (head != null && head.length == 1 && head[0] != config.propertyCount()) {
            throw new TensorFileException(source + ": metadata.config.properties lists " + config.propertyCount()
                    + " properties " + config.properties().stream().map(PropertySpec::name).toList()
                    + ", but the property head (tensor prop.dec.1.b) predicts " + head[0]);
        }
    }
}
