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
import java.util.Map;
import java.util.function.Supplier;

import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetProperties;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.core.data.StructureTable;

/**
 * The crystals MEIDNet trains and is evaluated on, from one of the CDVAE datasets (properties from core's
 * {@link DatasetProperties}) or from a user's {@link StructureTable} (properties as the user named them): the
 * seeded split, examples and a hash of the data.
 */
public final class MeidnetData {

    public static final String PEROV5 = "perov_5";
    public static final long DEFAULT_SPLIT_SEED = 42;
    /** Labels MEIDNet learns beyond a dataset's shared properties: MP-20's distance to the hull, a design target. */
    private static final Map<String, List<PropertySpec>> EXTRA_PROPERTIES = Map.of(DatasetProperties.MP_20.dataset(),
            List.of(new PropertySpec("e_above_hull", "e_above_hull", "eV/atom", 0, 1)));

    private final String name;
    private final String origin;
    private final DatasetSplit split;
    private final List<PropertySpec> properties;
    private final Supplier<String> hash;
    private final String table;

    private MeidnetData(String name, String origin, DatasetSplit split, List<PropertySpec> properties,
            Supplier<String> hash, String table) {
        this.name = name;
        this.table = table;
        this.origin = origin;
        this.split = split;
        this.properties = List.copyOf(properties);
        this.hash = hash;
    }

    /** The CDVAE datasets MEIDNet trains on (every one in {@link DatasetProperties#ALL}). */
    public static List<String> datasets() {
        return DatasetProperties.ALL.stream().map(DatasetProperties::dataset).toList();
    }

    /**
     * @throws IllegalArgumentException the dataset is not one MEIDNet trains on
     * @throws IllegalStateException    the data cannot be found or read (the message says which and why)
     */
    public static MeidnetData load(Path dataOverride, String dataset, long splitSeed) {
        DatasetProperties known;
        try {
            known = DatasetProperties.parse(dataset);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("dataset '" + dataset + "' is not supported by MEIDNet training"
                    + " (supported: " + String.join(", ", datasets()) + ")");
        }
        Path dir;
        try {
            dir = DataLocation.dataset(dataOverride, known.dataset());
        } catch (RuntimeException ex) {
            throw new IllegalStateException("cannot find the " + known.dataset() + " data: " + ex.getMessage(), ex);
        }
        List<PropertySpec> specs = new ArrayList<>(known.properties().stream()
                .map(p -> new PropertySpec(p.name(), p.column(), p.unit(), 0, 1)).toList());
        specs.addAll(EXTRA_PROPERTIES.getOrDefault(known.dataset(), List.of()));
        List<Path> files = DatasetSplit.csvFiles(dir);
        String origin = String.join("+", files.stream().map(f -> f.getFileName().toString()).toList())
                + " pooled";
        try {
            return new MeidnetData(known.dataset(), origin, DatasetSplit.of(dir, splitSeed), specs,
                    () -> hashFiles(files), null);
        } catch (RuntimeException ex) {
            throw new IllegalStateException("cannot read " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /** A user's table under {@code name}, its properties named as the user chose (statistics fitted later). */
    public static MeidnetData fromTable(StructureTable table, String name, List<PropertySpec> properties,
            long splitSeed) {
        if (table.rows().isEmpty()) {
            throw new IllegalArgumentException(table.source() + ": no usable rows (" + table.skipped() + " skipped"
                    + (table.reasons().isEmpty() ? "" : "; " + table.reasons().get(0)) + ")");
        }
        String file = Path.of(table.source()).getFileName().toString();
        String origin = file + " (" + table.rows().size() + " rows kept, " + table.skipped() + " skipped)";
        return new MeidnetData(name, origin, DatasetSplit.of(table.rows(), splitSeed), properties, table::sha256,
                file);
    }

    /** The dataset's or table's name, recorded as the model's dataset. */
    public String name() {
        return name;
    }

    /** The user's table file name; empty for a CDVAE dataset. */
    public java.util.Optional<String> table() {
        return java.util.Optional.ofNullable(table);
    }

    /** How the split was made, for the training record. */
    public String splitDescription() {
        return "DatasetSplit seed " + split.seed() + " (80/10/10 of " + origin + ", ID-disjoint); trained on train"
                + " only";
    }

    public List<PropertySpec> properties() {
        return properties;
    }

    public List<Example> examples(DatasetSplit.Part part, List<PropertySpec> specs) {
        return Example.fromRows(split.part(part), specs);
    }

    public List<DatasetRow> rows(DatasetSplit.Part part) {
        return split.part(part);
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

    /** SHA-256 of the data: of a table's file, or of a dataset's CSV files in name order (name, then bytes). */
    public String dataHash() {
        return hash.get();
    }

    private static String hashFiles(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path csv : files) {
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
            throw new UncheckedIOException("cannot hash the data files: " + ex.getMessage(), ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
