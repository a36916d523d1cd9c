package org.matdesign.cli.analysis;

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
import org.matdesign.cli.CommandFailure;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;

/**
 * Structures given on the command line either as a directory of structure files (CIF, POSCAR, pymatgen JSON; sorted
 * by file name, the name without extension is the id) or as a CSV with a {@code cif} column (ids from
 * {@code material_id} or {@code id} when present, else the row number), such as the CDVAE dataset CSVs.
 */
final class StructureInputs {

    record Item(String id, Structure structure) {
    }

    static final String HELP = "a directory of structure files or a CSV with a cif column (and optionally "
            + "material_id or id)";

    private StructureInputs() {
    }

    static List<Item> load(Path path) {
        if (Files.isDirectory(path)) {
            return loadDirectory(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new CommandFailure(path + ": no such file or directory");
        }
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return loadCsv(path);
        }
        try {
            return List.of(new Item(stem(path), StructureFiles.read(path)));
        } catch (StructureParseException | IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    private static List<Item> loadDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CommandFailure("cannot list " + dir + ": " + e.getMessage(), e);
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            try {
                items.add(new Item(stem(f), StructureFiles.read(f)));
            } catch (StructureParseException | IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
        if (items.isEmpty()) {
            throw new CommandFailure(dir + ": no structure files");
        }
        return items;
    }

    private static List<Item> loadCsv(Path csv) {
        List<Map<String, String>> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = Csv.read(r, csv.toString());
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + csv + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (Map<String, String> row : rows) {
            n++;
            String cif = row.get("cif");
            if (cif == null) {
                throw new CommandFailure(csv + ": no 'cif' column");
            }
            String id = row.getOrDefault("material_id", row.getOrDefault("id", Integer.toString(n)));
            try {
                items.add(new Item(id, CifReader.readString(cif, csv + " row " + n).get(0)));
            } catch (StructureParseException | IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
        if (items.isEmpty()) {
            throw new CommandFailure(csv + ": no rows");
        }
        return items;
    }

    static List<Structure> structures(List<Item> items) {
        return items.stream().map(Item::structure).toList();
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
