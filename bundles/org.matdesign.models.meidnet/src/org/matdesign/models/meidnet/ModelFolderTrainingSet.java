package org.matdesign.models.meidnet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.matdesign.core.data.Checksums;
import org.matdesign.core.data.CompactDataset;
import org.matdesign.core.data.DatasetRow;

/**
 * The training split a model folder carries ({@value #FILE}, with its SHA-256 beside it), written when the model is
 * trained and read when it designs.
 */
public final class ModelFolderTrainingSet {

    public static final String FILE = "training-set.tsv.gz";

    private ModelFolderTrainingSet() {
    }

    /** Writes the rows with the properties' dataset columns. */
    public static void write(Path dir, List<DatasetRow> rows, List<PropertySpec> properties, String description)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompactDataset.write(rows, properties.stream().map(PropertySpec::column).toList(), description, bytes);
        byte[] data = bytes.toByteArray();
        Files.write(dir.resolve(FILE), data);
        Files.writeString(dir.resolve(FILE + ".sha256"), Checksums.sha256(data) + "  " + FILE + "\n",
                StandardCharsets.US_ASCII);
    }

    /**
     * The folder's training split, empty when the folder has none (a model trained before folders carried it).
     *
     * @throws IOException when the file is unreadable, malformed or does not match its checksum
     */
    public static Optional<CompactDataset.Table> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CompactDataset.Table table = CompactDataset.read(Files.readAllBytes(file), file.toString());
        Path sum = dir.resolve(FILE + ".sha256");
        String expected = Files.isRegularFile(sum)
                ? Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0] : "";
        if (!table.sha256().equals(expected)) {
            throw new IOException(file + " does not match its checksum file " + sum.getFileName()
                    + " (changed or incomplete)");
        }
        return Optional.of(table);
    }
}
