package org.matdesign.cli.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.Checksums;
import org.matdesign.core.data.CompactDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;

/**
 * {@code matdesign dataset compact}: writes one part of a dataset's seeded split as a compact dataset file plus its
 * SHA-256 ({@code FILE.sha256}); this is how the training set bundled with a model is rebuilt from the data.
 */
final class DatasetCompactCommand implements Command {

    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String summary() {
        return "Write a split of a dataset as a compact file (what a model bundle ships as its training set)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign dataset compact --dataset perov_5 [--split train|validation|test] [--split-seed 42]
                                                 --out FILE [--data DIR]

                Writes the rows of one part of the seeded 80/10/10 split (the one 'matdesign train' uses) as a gzipped
                compact dataset (id, numeric columns, lattice, species, fractional coordinates) and FILE.sha256.
                The bundled MEIDNet model's training set is: --dataset perov_5 --split train --split-seed 42.""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException {
        Args args = raw.parse(Set.of("dataset", "split", "split-seed", "out", "data"), Set.of());
        String dataset = args.require("dataset");
        String split = args.get("split", "train");
        DatasetSplit.Part part = switch (split) {
            case "train" -> DatasetSplit.Part.TRAIN;
            case "validation" -> DatasetSplit.Part.VALIDATION;
            case "test" -> DatasetSplit.Part.TEST;
            default -> throw new UsageException("--split must be train, validation or test, got '" + split + "'");
        };
        long seed = args.getInt("split-seed", 42);
        Path file = Path.of(args.require("out"));
        if (Files.exists(file)) {
            throw new CommandFailure(file + " exists; remove it first (nothing is overwritten)");
        }
        Path dir;
        try {
            dir = DataLocation.dataset(args.getPath("data", null), dataset);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        List<DatasetRow> rows = DatasetSplit.of(dir, seed).part(part);
        if (rows.isEmpty()) {
            throw new CommandFailure(dataset + ": the " + split + " split is empty");
        }
        List<String> columns = List.copyOf(rows.get(0).properties().keySet());
        String description = String.format(Locale.ROOT, "%s %s split (DatasetSplit seed %d, %d crystals)", dataset,
                split, seed, rows.size());
        try (OutputStream os = Files.newOutputStream(file)) {
            CompactDataset.write(rows, columns, description, os);
        }
        String sha = Checksums.sha256(Files.readAllBytes(file));
        Files.writeString(Path.of(file + ".sha256"), sha + "  " + file.getFileName() + "\n", StandardCharsets.US_ASCII);
        out.printf(Locale.ROOT, "wrote %s: %s, %d bytes, sha256 %s%n", file, description, Files.size(file), sha);
        return 0;
    }
}
