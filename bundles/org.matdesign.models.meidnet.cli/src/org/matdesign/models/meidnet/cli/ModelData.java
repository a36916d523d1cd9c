package org.matdesign.models.meidnet.cli;

import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.models.meidnet.Example;
import org.matdesign.models.meidnet.ModelConfig;
import org.matdesign.models.meidnet.PropertySpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Dataset access shared by the model commands: the seeded split, examples and a hash of the data files. */
final class ModelData {

    static final String PEROV5 = "perov_5";
    static final long DEFAULT_SPLIT_SEED = 42;

    final Path datasetDir;
    final DatasetSplit split;
    final List<PropertySpec> properties;

    private ModelData(Path datasetDir, DatasetSplit split, List<PropertySpec> properties) {
        this.datasetDir = datasetDir;
        this.split = split;
        this.properties = properties;
    }

    static ModelData load(Path dataOverride, String dataset, long splitSeed) {
        if (!PEROV5.equals(dataset)) {
            throw new UsageException("dataset '" + dataset + "' is not supported by MEIDNet training (supported: "
                    + PEROV5 + ")");
        }
        Path dir;
        try {
            dir = DataLocation.dataset(dataOverride, dataset);
        } catch (RuntimeException ex) {
            throw new CommandFailure("cannot find the " + dataset + " data: " + ex.getMessage(), ex);
        }
        try {
            return new ModelData(dir, DatasetSplit.of(dir, splitSeed), ModelConfig.perov5Properties());
        } catch (RuntimeException ex) {
            throw new CommandFailure("cannot read " + dir + ": " + ex.getMessage(), ex);
        }
    }

    List<Example> examples(DatasetSplit.Part part, List<PropertySpec> specs) {
        return Example.fromRows(split.part(part), specs);
    }

    static DatasetSplit.Part part(String name) {
        return switch (name) {
            case "train" -> DatasetSplit.Part.TRAIN;
            case "validation", "val" -> DatasetSplit.Part.VALIDATION;
            case "test" -> DatasetSplit.Part.TEST;
            default -> throw new UsageException("--split must be train, validation or test, got '" + name + "'");
        };
    }

    /** Element symbols over all rows of the dataset (no labels are used, only which elements occur). */
    List<String> vocabulary() {
        List<Example> all = new ArrayList<>();
        for (DatasetSplit.Part p : DatasetSplit.Part.values()) {
            for (DatasetRow row : split.part(p)) {
                all.add(new Example(row.id(), row.structure(), new double[0]));
            }
        }
        return org.matdesign.models.meidnet.PreparedData.vocabulary(all);
    }

    /** SHA-256 over the dataset's CSV files in name order (name, then bytes). */
    String dataHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path csv : DatasetSplit.csvFiles(datasetDir)) {
                digest.update(csv.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(csv)) {
                    byte[] buffer = new byte[1 << 16];
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException ex) {
            throw new CommandFailure("cannot hash the data files in " + datasetDir + ": " + ex.getMessage(), ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
