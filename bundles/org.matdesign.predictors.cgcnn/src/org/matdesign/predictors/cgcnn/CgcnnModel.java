package org.matdesign.predictors.cgcnn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.Structure;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.TensorFile;
import org.matdesign.ml.TensorFileException;
import org.matdesign.ml.TensorFileHeader;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import com.google.gson.JsonObject;

/**
 * A trained CGCNN ensemble: {@value #BASE_NAME}{@code .json} (configuration, vocabulary, target normalisation,
 * training record and held-out figures, SHA-256 of the payload) beside {@value #BASE_NAME}{@code .bin} (the members'
 * parameters, prefixed {@code m0/}, {@code m1/}, ...). The checksum is verified on load, and the metadata is checked
 * against the tensor table first ({@link #checkMetadata(Path)}). The models committed in this bundle lie in
 * {@code model/DATASET/}.
 */
public final class CgcnnModel implements AutoCloseable {

    public static final String BASE_NAME = "model";
    public static final String FORMAT = "matdesign-cgcnn-1";
    static final String RESOURCE_DIR = "model/";

    private final CgcnnConfig config;
    private final List<String> properties;
    private final List<String> units;
    private final int[] vocabIndex; // Z -> index, -1 outside the vocabulary
    private final int vocabularySize;
    private final double[] mean;
    private final double[] std;
    private final JsonObject metadata;
    private final String sha256;
    private final NDManager manager;
    private final List<Parameters> members = new ArrayList<>();
    private final CgcnnNetwork network;

    CgcnnModel(CgcnnConfig config, List<String> properties, List<String> units, int[] vocabulary, double[] mean,
            double[] std, JsonObject metadata, String sha256, List<Map<String, NamedTensor>> memberTensors,
            String source) throws TensorFileException {
        this.config = config;
        this.properties = List.copyOf(properties);
        this.units = List.copyOf(units);
        this.vocabIndex = vocabIndex(vocabulary);
        this.vocabularySize = vocabulary.length;
        this.mean = mean.clone();
        this.std = std.clone();
        this.metadata = metadata.deepCopy();
        this.sha256 = sha256;
        this.network = new CgcnnNetwork(config, vocabulary.length, properties.size());
        this.manager = DjlRuntime.newManager();
        try {
            for (Map<String, NamedTensor> t : memberTensors) {
                Parameters p = new Parameters(manager, 0);
                network.define(p);
                p.load(t, source);
                p.setTrainable(false);
                members.add(p);
            }
        } catch (TensorFileException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    static int[] vocabIndex(int[] vocabulary) {
        int[] index = new int[128];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < vocabulary.length; i++) {
            index[vocabulary[i]] = i;
        }
        return index;
    }

    /** The bundle resource of the model committed for a dataset, e.g. {@code model/mp_20/model.json}. */
    static String resource(String dataset, String extension) {
        return RESOURCE_DIR + dataset + "/" + BASE_NAME + extension;
    }

    /** The model committed in this bundle for a dataset ({@code model/DATASET/}). */
    public static CgcnnModel loadBundled(String dataset) throws IOException {
        String json = resource(dataset, ".json");
        String bin = resource(dataset, ".bin");
        try (InputStream j = CgcnnModel.class.getResourceAsStream(json);
                InputStream b = CgcnnModel.class.getResourceAsStream(bin)) {
            if (j == null || b == null) {
                throw new IOException("no CGCNN model for dataset " + dataset + " in this build (bundle resources "
                        + json + ", " + bin + ")");
            }
            return of(TensorFile.read("bundle resource " + json, j, "bundle resource " + bin, b),
                    "bundle resource " + json);
        }
    }

    /** A model written by the trainer into {@code dir} (model.json + model.bin). */
    public static CgcnnModel load(Path dir) throws IOException {
        return of(TensorFile.read(dir, BASE_NAME), TensorFile.jsonPath(dir, BASE_NAME).toString());
    }

    /**
     * Checks a model folder without loading its parameters: every check {@link #load(Path)} makes except the
     * payload's checksum (tensor file format and table, model format, sizes, properties, units and normalisation,
     * vocabulary, training dataset, members and their parameter shapes). Cheap enough to run on many files.
     *
     * @throws TensorFileException naming the file and the problem
     */
    public static void checkMetadata(Path dir) throws IOException {
        TensorFileHeader header = TensorFile.readHeader(dir, BASE_NAME);
        checked(header.metadata(), header.shapes(), header.source());
    }

    static CgcnnModel of(TensorFile file, String source) throws IOException {
        CgcnnModelFile.Contents c = checked(file.metadata(), file.shapes(), source);
        List<Map<String, NamedTensor>> members = new ArrayList<>();
        for (int k = 0; k < c.members(); k++) {
            Map<String, NamedTensor> t = new HashMap<>();
            String prefix = "m" + k + "/";
            for (Map.Entry<String, NamedTensor> e : file.tensors().entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    t.put(e.getKey().substring(prefix.length()), e.getValue());
                }
            }
            members.add(t);
        }
        // the shapes match the payload now, so defining the members allocates no more than the file holds
        return new CgcnnModel(c.config(), c.properties(), c.units(), c.vocabulary(), c.mean(), c.std(),
                file.metadata(), file.sha256(), members, source);
    }

    private static CgcnnModelFile.Contents checked(JsonObject metadata, Map<String, long[]> shapes, String source)
            throws TensorFileException {
        try {
            return CgcnnModelFile.check(metadata, shapes, source);
        } catch (RuntimeException e) {
            // a check this code lacks must still not escape as gson's or the network's exception
            throw new TensorFileException(source + ": malformed CGCNN model metadata (" + e + ")", e);
        }
    }

    public List<String> properties() {
        return properties;
    }

    public String unit(String property) {
        int i = properties.indexOf(property);
        return i < 0 ? "" : units.get(i);
    }

    public JsonObject metadata() {
        return metadata.deepCopy();
    }

    public String sha256() {
        return sha256;
    }

    public int members() {
        return members.size();
    }

    /** Whether every element of the structure is in the model's vocabulary. */
    public boolean covers(Structure s) {
        for (int i = 0; i < s.size(); i++) {
            int z = s.site(i).element().z();
            if (z >= vocabIndex.length || vocabIndex[z] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per structure, per member, per property the de-normalised prediction: [structure][member][property]; null for a
     * structure outside the vocabulary or without a graph.
     */
    public double[][][] predictMembers(List<Structure> structures) {
        double[][][] out = new double[structures.size()][][];
        List<CrystalGraph> graphs = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < structures.size(); i++) {
            Structure s = structures.get(i);
            if (s == null || !covers(s)) {
                continue;
            }
            try {
                graphs.add(CrystalGraph.of(s, config));
                rows.add(i);
            } catch (IllegalArgumentException e) {
                // no graph for this cell: left null
            }
        }
        double[][][] values = predictGraphs(graphs);
        for (int r = 0; r < graphs.size(); r++) {
            out[rows.get(r)] = values[r];
        }
        return out;
    }

    /** [graph][member][property] de-normalised predictions for prepared graphs (all inside the vocabulary). */
    double[][][] predictGraphs(List<CrystalGraph> graphs) {
        double[][][] out = new double[graphs.size()][][];
        final int chunk = 256;
        for (int from = 0; from < graphs.size(); from += chunk) {
            List<CrystalGraph> part = graphs.subList(from, Math.min(graphs.size(), from + chunk));
            double[][][] values = new double[members.size()][][];
            for (int k = 0; k < members.size(); k++) {
                values[k] = predictNormalised(members.get(k), part);
            }
            for (int r = 0; r < part.size(); r++) {
                double[][] perMember = new double[members.size()][properties.size()];
                for (int k = 0; k < members.size(); k++) {
                    for (int p = 0; p < properties.size(); p++) {
                        perMember[k][p] = values[k][r][p] * std[p] + mean[p];
                    }
                }
                out[from + r] = perMember;
            }
        }
        return out;
    }

    double[][] predictNormalised(Parameters p, List<CrystalGraph> graphs) {
        return predictNormalised(network, p, graphs, vocabIndex, properties.size());
    }

    static double[][] predictNormalised(CgcnnNetwork network, Parameters p, List<CrystalGraph> graphs, int[] vocabIndex,
            int outputs) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray y = network.forward(p, network.batch(p.manager(), graphs, vocabIndex));
            float[] flat = y.toFloatArray();
            double[][] out = new double[graphs.size()][outputs];
            for (int r = 0; r < graphs.size(); r++) {
                for (int k = 0; k < outputs; k++) {
                    out[r][k] = flat[r * outputs + k];
                }
            }
            return out;
        }
    }

    /** Ensemble mean and standard deviation over members: [structure] -> {mean[], std[]} or null. */
    public static Map<String, double[]>[] summarise(double[][][] perMember, List<String> properties) {
        @SuppressWarnings("unchecked")
        Map<String, double[]>[] out = new Map[perMember.length];
        for (int i = 0; i < perMember.length; i++) {
            if (perMember[i] == null) {
                continue;
            }
            Map<String, double[]> m = new LinkedHashMap<>();
            for (int p = 0; p < properties.size(); p++) {
                double sum = 0;
                for (double[] member : perMember[i]) {
                    sum += member[p];
                }
                double mu = sum / perMember[i].length;
                double sq = 0;
                for (double[] member : perMember[i]) {
                    sq += (member[p] - mu) * (member[p] - mu);
                }
                double sd = perMember[i].length < 2 ? Double.NaN : Math.sqrt(sq / (perMember[i].length - 1));
                m.put(properties.get(p), new double[] {mu, sd});
            }
            out[i] = m;
        }
        return out;
    }

    @Override
    public void close() {
        manager.close();
    }
}
