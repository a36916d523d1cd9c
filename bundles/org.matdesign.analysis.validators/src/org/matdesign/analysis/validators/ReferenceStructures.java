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
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.StructureFiles;

/** Loads reference structures for novelty from a CSV with a cif column or a folder of structure files. */
final class ReferenceStructures {

    private ReferenceStructures() {
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
