package org.matdesign.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.matdesign.core.Structure;
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.StructureParseException;

/**
 * Streaming reader of the CDVAE benchmark CSVs (perov_5, carbon_24, mp_20). Rows are read and parsed one at a
 * time; the stream must be closed (try-with-resources) to release the file. Columns:
 * <ul>
 * <li>perov_5: [index], material_id, cif, formula, heat_all, heat_ref, dir_gap, ind_gap</li>
 * <li>carbon_24: [index], material_id, cif, energy_per_atom</li>
 * <li>mp_20: [index], material_id, formation_energy_per_atom, band_gap, pretty_formula, e_above_hull, elements, cif,
 * spacegroup.number</li>
 * </ul>
 * The unnamed pandas index column is dropped; {@code material_id} becomes the id; {@code cif} becomes the
 * structure (pymatgen site order); the known text columns (formula, pretty_formula, elements) go to
 * {@link DatasetRow#text()}; every other column must be numeric (empty = NaN) and goes to
 * {@link DatasetRow#properties()}.
 */
public final class CdvaeDataset {

    /** The benchmark datasets and their numeric columns. */
    public enum Kind {
        PEROV_5("perov_5", List.of("heat_all", "heat_ref", "dir_gap", "ind_gap")),
        CARBON_24("carbon_24", List.of("energy_per_atom")),
        MP_20("mp_20", List.of("formation_energy_per_atom", "band_gap", "e_above_hull", "spacegroup.number"));

        private final String folder;
        private final List<String> properties;

        Kind(String folder, List<String> properties) {
            this.folder = folder;
            this.properties = properties;
        }

        /** Folder name under the data folder. */
        public String folder() {
            return folder;
        }

        /** Numeric columns of this dataset. */
        public List<String> properties() {
            return properties;
        }

        /** The dataset whose numeric columns are all in this header, or null. */
        static Kind detect(List<String> header) {
            for (Kind k : values()) {
                if (header.containsAll(k.properties)) {
                    return k;
                }
            }
            return null;
        }
    }

    static final Set<String> TEXT_COLUMNS = Set.of("formula", "pretty_formula", "elements");

    private CdvaeDataset() {
    }

    /** Streams the rows of one CSV; close the stream when done. */
    public static Stream<DatasetRow> stream(Path csv) {
        RowIterator it = new RowIterator(csv);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(it::close);
    }

    /** Which dataset a CSV belongs to (by its header), or null when unknown. */
    public static Kind kindOf(Path csv) {
        try (RowIterator it = new RowIterator(csv)) {
            return it.kind;
        }
    }

    private static final class RowIterator implements Iterator<DatasetRow>, AutoCloseable {
        private final String source;
        private final BufferedReader reader;
        private final CsvRecords records;
        private final List<String> header;
        private final int idColumn;
        private final int cifColumn;
        private final Kind kind;
        private final CifReader cifReader = new CifReader();
        private DatasetRow next;

        RowIterator(Path csv) {
            this.source = csv.toString();
            try {
                this.reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new StructureParseException(source, 0, "no such file");
            } catch (IOException e) {
                throw new StructureParseException(source, 0, "cannot open: " + e.getMessage(), e);
            }
            this.records = new CsvRecords(reader, source);
            List<String> h;
            try {
                h = records.next();
            } catch (RuntimeException e) {
                close(); // a header that cannot be read must not leave the file open
                throw e;
            }
            if (h == null) {
                close();
                throw new StructureParseException(source, 1, "file is empty (expected a CSV header)");
            }
            this.header = h;
            this.idColumn = h.indexOf("material_id");
            this.cifColumn = h.indexOf("cif");
            if (idColumn < 0 || cifColumn < 0) {
                close();
                throw new StructureParseException(source, 1, "header lacks " + (idColumn < 0 ? "material_id" : "cif")
                        + " (got " + h + "); this is not a CDVAE dataset CSV");
            }
            this.kind = Kind.detect(h);
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public DatasetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DatasetRow r = next;
            next = null;
            return r;
        }

        private DatasetRow read() {
            List<String> fields = records.next();
            if (fields == null) {
                return null;
            }
            int line = records.recordLine();
            if (fields.size() != header.size()) {
                throw new StructureParseException(source, line, "row has " + fields.size() + " fields, header has "
                        + header.size());
            }
            String id = fields.get(idColumn);
            Structure structure;
            try {
                List<Structure> structures = cifReader.parseString(fields.get(cifColumn), "cif");
                structure = structures.get(0);
            } catch (StructureParseException e) {
                // the CIF starts on the record's line (first line of the quoted field)
                int cifLine = e.line() > 0 ? line + e.line() - 1 : line;
                throw new StructureParseException(source, cifLine, "material_id " + id + ": " + e.problem(), e);
            }
            Map<String, Double> properties = new LinkedHashMap<>();
            Map<String, String> text = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String name = header.get(c);
                if (c == idColumn || c == cifColumn || name.isEmpty()) {
                    continue;
                }
                String value = fields.get(c);
                if (TEXT_COLUMNS.contains(name)) {
                    text.put(name, value);
                } else if (value.isBlank()) {
                    properties.put(name, Double.NaN);
                } else {
                    properties.put(name, number(value, name, id, line));
                }
            }
            return new DatasetRow(id, structure, properties, text);
        }

        /** A numeric cell: a finite number, or NaN (a missing value); an infinity is a broken number. */
        private double number(String value, String column, String id, int line) {
            String v = value.strip();
            try {
                double d = Double.parseDouble(v);
                if (!Double.isInfinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new StructureParseException(source, line, "material_id " + shorten(id) + ": column " + column
                    + " should be a finite number, got '" + shorten(v) + "'");
        }

        private static String shorten(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing useful to do on close
            }
        }
    }
}
