package org.matdesign.models.meidnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;

/** A dataset MEIDNet trains and is evaluated on: the seeded split, examples and a hash of the data files. */
public final class MeidnetData {

    public static final String PEROV5 = "perov_5";
    public static final long DEFAULT_SPLIT_SEED = 42;

    private final Path datasetDir;
    private final DatasetSplit split;
    private final List<PropertySpec> properties;

    private MeidnetData(Path datasetDir, DatasetSplit split, List<PropertySpec> properties) {
        this.datasetDir = datasetDir;
        this.split = split;
        this.properties = properties;
    }

    /**
     * @throws IllegalArgumentException the dataset is not one MEIDNet trains on
     * @throws IllegalStateException    the data cannot be found or read (the message says which and why)
     */
    public static MeidnetData load(Path dataOverride, String dataset, long splitSeed) {
        if (!PEROV5.equals(dataset)) {
            throw new IllegalArgumentException("dataset '" + dataset + "' is not supported by MEIDNet training"
                    + " (supported: " + PEROV5 + ")");
        }
        Path dir;
        try {
            dir = DataLocation.dataset(dataOverride, dataset);
        } catch (RuntimeException ex) {
            throw new IllegalStateException("cannot find the " + dataset + " data: " + ex.getMessage(), ex);
        }
        try {
            return new MeidnetData(dir, DatasetSplit.of(dir, splitSeed), ModelConfig.perov5Properties());
        } catch (RuntimeException ex) {
            throw new IllegalStateException("cannot read " + dir + ": " + ex.getMessage(), ex);
        }
    }

    public List<PropertySpec> properties() {
        return properties;
    }

    public List<Example> examples(DatasetSplit.Part part, List<PropertySpec> specs) {
        return Example.fromRows(split.part(part), specs);
    }

    /** Element symbols over all rows of the dataset (no labels are used, only which elements occur). */
    public List<String> vocabulary() {
        List<Example> all = new ArrayList<>();
        for (DatasetSplit.Part p : DatasetSplit.Part.values()) {
            for (DatasetRow row : split.part(p)) {
                all.add(new Example(row.id(), row.structure(), new double[0]));
            }
        }
        return PreparedData.vocabulary(all);
    }

    /** SHA-256 over the dataset's CSV files in name order (name, then bytes). */
    public String dataHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path csv : DatasetSplit.csvFiles(datasetDir)) {
                digest.update(csv.getFileName().toString().getBytes(StandardCharsets.UTF_8));
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
            throw new UncheckedIOException("cannot hash the data files in " + datasetDir + ": " + ex.getMessage(), ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
