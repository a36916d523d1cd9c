package org.matdesign.models.meidnet.design;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matdesign.api.TrainingSet;
import org.matdesign.core.Structure;
import org.matdesign.core.data.CompactDataset;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.models.meidnet.MeidnetData;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.ModelFolderTrainingSet;
import org.matdesign.models.meidnet.PropertySpec;

/**
 * The crystals a MEIDNet model was trained on. The default model's training split ships in this bundle as a compact
 * dataset ({@value #RESOURCE}, checked against its committed SHA-256), so novelty, the hull and coverage need no data
 * folder; rebuild it with {@code matdesign dataset compact --dataset perov_5 --split train --split-seed 42 --out
 * FILE}. A model folder carries its own; for older folders the split is recomputed from the data folder (dataset
 * and split seed from the training record).
 */
public final class MeidnetTrainingSet {

    public static final String RESOURCE = "model/training-set.tsv.gz";
    public static final long DEFAULT_SPLIT_SEED = 42;
    private static final Pattern SEED = Pattern.compile("DatasetSplit seed (\\d+)");

    private MeidnetTrainingSet() {
    }

    /** The default model's training split, from this bundle. */
    public static TrainingSet ofDefault(MeidnetModel model) throws IOException {
        return ofDefault(model.config().properties());
    }

    /** The bundled training split with these properties (dataset column -> user-facing name). */
    public static TrainingSet ofDefault(List<PropertySpec> properties) throws IOException {
        byte[] bytes;
        String expected;
        try (InputStream in = MeidnetModel.class.getResourceAsStream(RESOURCE);
                InputStream sum = MeidnetModel.class.getResourceAsStream(RESOURCE + ".sha256")) {
            if (in == null || sum == null) {
                throw new IOException("the default model's training set (bundle resource " + RESOURCE
                        + ") is missing from this build");
            }
            bytes = in.readAllBytes();
            expected = new String(sum.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        }
        CompactDataset.Table table = CompactDataset.read(bytes, "bundle resource " + RESOURCE);
        if (!table.sha256().equals(expected)) {
            throw new IOException("bundle resource " + RESOURCE + " is corrupt or was changed (sha256 "
                    + table.sha256() + ", expected " + expected + ")");
        }
        return fromRows(properties, table.rows(), table.description(), table.sha256()).withDataset(
                MeidnetData.PEROV5);
    }

    /**
     * A model folder's training split: the one the folder carries ({@link ModelFolderTrainingSet}), else recomputed
     * from {@code dataDirectory} for a dataset model; empty when neither is at hand.
     *
     * @throws IOException when the folder's training split is unreadable or does not match its checksum
     */
    public static Optional<TrainingSet> ofFolder(MeidnetModel model, Path modelDir, Path dataDirectory)
            throws IOException {
        Optional<CompactDataset.Table> carried = ModelFolderTrainingSet.read(modelDir);
        if (carried.isPresent()) {
            CompactDataset.Table t = carried.get();
            return Optional.of(fromRows(model.config().properties(), t.rows(), t.description(), t.sha256())
                    .withDataset(model.config().dataset()));
        }
        String dataset = model.config().dataset();
        if (dataDirectory == null || !Files.isDirectory(dataDirectory.resolve(dataset))) {
            return Optional.empty();
        }
        long seed = splitSeed(model);
        List<DatasetRow> rows = DatasetSplit.of(dataDirectory.resolve(dataset), seed).train();
        return Optional.of(fromRows(model.config().properties(), rows, dataset + " training split (DatasetSplit seed "
                + seed + ", " + rows.size() + " crystals)", "").withDataset(dataset));
    }

    static long splitSeed(MeidnetModel model) {
        if (model.trainingRecord().has("splitSeed")) {
            return model.trainingRecord().get("splitSeed").getAsLong();
        }
        if (model.trainingRecord().has("split")) {
            Matcher m = SEED.matcher(model.trainingRecord().get("split").getAsString());
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return DEFAULT_SPLIT_SEED;
    }

    /** Dataset columns become the model's user-facing property names ({@code dir_gap} -> {@code band_gap}). */
    public static TrainingSet fromRows(List<PropertySpec> specs, List<DatasetRow> rows, String description,
            String checksum) {
        List<Structure> structures = new ArrayList<>(rows.size());
        Map<String, double[]> properties = new LinkedHashMap<>();
        for (PropertySpec p : specs) {
            properties.put(p.name(), new double[rows.size()]);
        }
        for (int i = 0; i < rows.size(); i++) {
            DatasetRow row = rows.get(i);
            structures.add(row.structure());
            for (PropertySpec p : specs) {
                properties.get(p.name())[i] = row.properties().getOrDefault(p.column(), Double.NaN);
            }
        }
        return new TrainingSet(description, structures, properties, checksum);
    }
}
