package org.matdesign.predictors.cgcnn;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matdesign.core.Element;
import org.matdesign.core.data.DatasetProperties;
import org.matdesign.ml.MetadataReader;
import org.matdesign.ml.ModelFormat;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.TensorFileException;

import com.google.gson.JsonObject;

/**
 * Reads and checks the metadata of a CGCNN ensemble file against its tensor table, before any tensor of the sizes it
 * names is allocated: the model format, the graph and network sizes, properties with their units, columns and
 * target normalisation, the element vocabulary, the training dataset, and that the tensors are exactly
 * {@code members} complete members of the shapes the configuration defines. Each refusal is a
 * {@link TensorFileException} {@code <file>: <field> <problem>}.
 */
final class CgcnnModelFile {

    /** Far above any ensemble trained here; a larger count is damage. */
    static final int MAX_MEMBERS = 64;
    /** Layer sizes, far above any CGCNN; keeps a lying size from reaching an allocation. */
    static final int MAX_SIZE = 1 << 16;
    /** Layer counts: each layer is a handful of named parameters the plan lists. */
    static final int MAX_LAYERS = 256;
    /** Angstrom: the neighbour search grows with the cube of the cutoff (CGCNN uses 8). */
    static final double MAX_CUTOFF = 20;
    static final int MAX_NEIGHBOURS = 256;
    static final int MAX_GAUSSIANS = 4096;
    private static final int MAX_PROPERTIES = 64;
    private static final int MAX_NAME = 128;
    private static final Pattern MEMBER = Pattern.compile("m(\\d{1,9})/(.+)");

    /** What a checked file holds besides its tensors. */
    record Contents(CgcnnConfig config, List<String> properties, List<String> units, int[] vocabulary, double[] mean,
            double[] std, int members) {
    }

    private CgcnnModelFile() {
    }

    static Contents check(JsonObject metadata, Map<String, long[]> shapes, String source) throws TensorFileException {
        ModelFormat.require(metadata, "format", CgcnnModel.FORMAT, false, source, "metadata.format");
        MetadataReader meta = MetadataReader.of(metadata, source, "metadata");
        CgcnnConfig config = config(meta.object("config"));
        List<String> properties = meta.names("properties", MAX_PROPERTIES, MAX_NAME);
        int p = properties.size();
        List<String> units = meta.strings("units", p);
        List<String> columns = meta.has("columns") ? meta.strings("columns", p) : null;
        int[] vocabulary = vocabulary(meta);
        double[] mean = meta.numbers("targetMean", p);
        double[] std = meta.numbers("targetStd", p);
        for (int k = 0; k < p; k++) {
            if (!(std[k] > 0)) {
                throw meta.problem("targetStd[" + k + "]", "is " + std[k] + ", must be > 0 (normalisation of "
                        + properties.get(k) + ")");
            }
        }
        int members = meta.integer("members", 1, MAX_MEMBERS);
        checkTrainingDataset(meta, properties, units, columns);
        checkTensors(config, vocabulary.length, properties, members, shapes, source);
        return new Contents(config, properties, units, vocabulary, mean, std, members);
    }

    static CgcnnConfig config(MetadataReader c) throws TensorFileException {
        int neighbours = c.integer("neighbours", 1, MAX_NEIGHBOURS);
        double cutoff = c.positive("cutoff");
        if (cutoff > MAX_CUTOFF) {
            throw c.problem("cutoff", "is " + cutoff + " A, more than " + MAX_CUTOFF + " A");
        }
        double step = c.positive("gaussianStep");
        if (cutoff / step + 1 > MAX_GAUSSIANS) {
            throw c.problem("gaussianStep", "is " + step + ": " + cutoff + " A in steps of it needs more than "
                    + MAX_GAUSSIANS + " Gaussians");
        }
        return new CgcnnConfig(neighbours, cutoff, step, c.integer("atomFeatures", 1, MAX_SIZE),
                c.integer("convolutions", 1, MAX_LAYERS), c.integer("hidden", 1, MAX_SIZE));
    }

    /** Distinct atomic numbers of real elements. */
    private static int[] vocabulary(MetadataReader meta) throws TensorFileException {
        long[] zs = meta.integers("vocabulary", 1, Element.all().size(), 1, Element.all().size());
        int[] out = new int[zs.length];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < zs.length; i++) {
            if (!seen.add(zs[i])) {
                throw meta.problem("vocabulary[" + i + "]", "repeats atomic number " + zs[i]);
            }
            out[i] = (int) zs[i];
        }
        return out;
    }

    /**
     * The dataset the record names must be known (predictor fit compares it with the design's dataset), and the
     * properties must be that dataset's: the trainer writes exactly those.
     */
    private static void checkTrainingDataset(MetadataReader meta, List<String> properties, List<String> units,
            List<String> columns) throws TensorFileException {
        if (!meta.has("training")) {
            return;
        }
        MetadataReader training = meta.object("training");
        if (!training.has("dataset")) {
            return;
        }
        String name = training.string("dataset");
        DatasetProperties dataset;
        try {
            dataset = DatasetProperties.parse(name);
        } catch (IllegalArgumentException ex) {
            throw training.problem("dataset", "is " + MetadataReader.quote(name) + ", not a known dataset ("
                    + String.join(", ", DatasetProperties.ALL.stream().map(DatasetProperties::dataset).toList()) + ")");
        }
        List<DatasetProperties.Property> expected = dataset.properties();
        if (!properties.equals(dataset.names())) {
            throw meta.problem("properties", "are " + properties + ", but " + dataset.dataset() + " provides "
                    + dataset.names());
        }
        for (int k = 0; k < expected.size(); k++) {
            if (!units.get(k).equals(expected.get(k).unit())) {
                throw meta.problem("units[" + k + "]", "is " + MetadataReader.quote(units.get(k)) + ", but "
                        + dataset.dataset() + "'s " + expected.get(k).name() + " is in " + expected.get(k).unit());
            }
            if (columns != null && !columns.get(k).equals(expected.get(k).column())) {
                throw meta.problem("columns[" + k + "]", "is " + MetadataReader.quote(columns.get(k)) + ", but "
                        + dataset.dataset() + " reads " + expected.get(k).name() + " from "
                        + expected.get(k).column());
            }
        }
    }

    /** Every tensor belongs to one of {@code members} members, and each member has exactly the planned shapes. */
    private static void checkTensors(CgcnnConfig config, int vocabulary, List<String> properties, int members,
            Map<String, long[]> shapes, String source) throws TensorFileException {
        Map<Integer, Map<String, long[]>> byMember = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : shapes.entrySet()) {
            Matcher m = MEMBER.matcher(e.getKey());
            if (!m.matches()) {
                throw new TensorFileException(source + ": tensor '" + e.getKey() + "' belongs to no ensemble member"
                        + " (names are m0/..., m1/..., ...)");
            }
            int k = Integer.parseInt(m.group(1));
            if (k >= members) {
                throw new TensorFileException(source + ": tensor '" + e.getKey() + "' belongs to member " + k
                        + ", but metadata.members says " + members);
            }
            byMember.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(m.group(2), e.getValue());
        }
        if (byMember.size() != members) {
            throw new TensorFileException(source + ": metadata.members says " + members + ", but the tensor table"
                    + " holds " + byMember.size() + " member(s) " + new TreeSet<>(byMember.keySet()));
        }
        long[] head = byMember.get(0).get("head.1.b");
        if (head != null && head.length == 1 && head[0] != properties.size()) {
            throw new TensorFileException(source + ": metadata.properties lists " + properties.size() + " properties "
                    + properties + ", but the output head (tensor m0/head.1.b) predicts " + head[0]);
        }
        Parameters plan = Parameters.plan();
        new CgcnnNetwork(config, vocabulary, properties.size()).define(plan);
        Map<String, long[]> expected = plan.plannedShapes();
        for (int k = 0; k < members; k++) {
            Parameters.checkShapes(expected, byMember.get(k), source + " (member m" + k + "/)");
        }
    }
}
