package org.matdesign.analysis.validators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.matdesign.analysis.io.Csv;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.StructureFiles;

/** Loads reference structures for novelty: a dataset split, a CSV with a cif column, or a folder of files. */
final class ReferenceStructures {

    private ReferenceStructures() {
    }

    static List<Structure> fromDataset(Path dataDir, String dataset, String split, long seed) {
        if (dataDir == null) {
            throw new IllegalArgumentException("no data folder is configured for this run");
        }
        Path dir = dataDir.resolve(dataset);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dataset folder " + dir + " does not exist");
        }
        DatasetSplit s = DatasetSplit.of(dir, seed);
        List<DatasetRow> rows = switch (split) {
            case "train" -> s.train();
            case "all" -> {
                List<DatasetRow> all = new ArrayList<>(s.train());
                all.addAll(s.validation());
                all.addAll(s.test());
                yield all;
            }
            default -> throw new IllegalArgumentException("split must be train or all, got '" + split + "'");
        };
        return rows.stream().map(DatasetRow::structure).toList();
    }

    static List<Structure> fromPath(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(Files::isRegularFile).sorted().map(StructureFiles::read).toList();
            }
        }
        List<Structure> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Map<String, String> row : Csv.read(r, path.toString())) {
                n++;
                String cif = row.get("cif");
                if (cif == null) {
                    throw new IllegalArgumentException(path + ": no 'cif' column");
                }
                out.add(CifReader.readString(cif, path + " row " + n).get(0));
            }
        }
        return out;
    }
}
