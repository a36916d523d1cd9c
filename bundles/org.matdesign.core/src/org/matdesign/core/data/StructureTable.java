package org.matdesign.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.matdesign.core.Structure;
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.StructureParseException;

/**
 * A user's table of crystals: any CSV with a CIF column and numeric columns (RFC 4180, so CIF cells span lines).
 * Rows whose CIF does not parse, that have more sites than allowed, fail the caller's check, lack a value or repeat
 * an id are skipped and counted, with the first reasons kept; a header without a named column is an error. The
 * table is identified by the SHA-256 of the file's bytes.
 *
 * @param rows    the rows kept, in file order; their numeric properties are exactly the requested columns
 * @param skipped how many data rows were skipped
 * @param reasons why, for the first {@value #REASONS_KEPT} skipped rows
 */
public record StructureTable(String source, List<DatasetRow> rows, int skipped, List<String> reasons,
        String sha256) {

    public static final int REASONS_KEPT = 5;
    public static final String DEFAULT_ID_COLUMN = "material_id";

    /**
     * What to read: the CIF column, the id column (null: {@value #DEFAULT_ID_COLUMN} when the header has it, else
     * ids are {@code row-N}, N counting data rows from 1), the
     * numeric columns, the largest crystal accepted, and a further per-crystal check (a reason to skip, or null).
     */
    public record Layout(String cifColumn, String idColumn, List<String> numericColumns, int maxSites,
            Function<Structure, String> check) {
        public Layout {
            numericColumns = List.copyOf(numericColumns);
            if (check == null) {
                check = s -> null;
            }
        }
    }

    public StructureTable {
        rows = List.copyOf(rows);
        reasons = List.copyOf(reasons);
    }

    /**
     * @throws IllegalArgumentException naming the file and the problem: missing, empty, malformed CSV, a named column
     *                                  absent from the header
     */
    public static StructureTable read(Path csv, Layout layout) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String source = csv.toString();
        try (InputStream in = new DigestInputStream(Files.newInputStream(csv), digest);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Rows rows = new Rows(source, layout);
            rows.readAll(new CsvRecords(reader, source));
            in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file
            return new StructureTable(source, rows.kept, rows.skipped, rows.reasons,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read: " + e.getMessage(), e);
        } catch (StructureParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** One pass over the records: kept rows, the skip count and the first reasons. */
    private static final class Rows {
        private final String source;
        private final Layout layout;
        private final List<DatasetRow> kept = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final CifReader cif = new CifReader();
        private int skipped;

        Rows(String source, Layout layout) {
            this.source = source;
            this.layout = layout;
        }

        void readAll(CsvRecords records) {
            List<String> header = records.next();
            if (header == null) {
                throw new IllegalArgumentException(source + ": the file is empty (expected a CSV header)");
            }
            int cifAt = column(header, layout.cifColumn(), "--cif-column");
            int idAt = layout.idColumn() == null ? header.indexOf(DEFAULT_ID_COLUMN)
                    : column(header, layout.idColumn(), "--id-column");
            int[] valueAt = new int[layout.numericColumns().size()];
            for (int p = 0; p < valueAt.length; p++) {
                valueAt[p] = column(header, layout.numericColumns().get(p), "--property");
            }
            int n = 0;
            for (List<String> fields = records.next(); fields != null; fields = records.next()) {
                n++;
                String where = "row " + n + " (line " + records.recordLine() + ")";
                String reason = row(fields, header.size(), cifAt, idAt, valueAt, n);
                if (reason != null) {
                    skipped++;
                    if (reasons.size() < REASONS_KEPT) {
                        reasons.add(where + ": " + reason);
                    }
                }
            }
        }

        /** Keeps the row and returns null, or returns why it is skipped. */
        private String row(List<String> fields, int width, int cifAt, int idAt, int[] valueAt, int n) {
            if (fields.size() != width) {
                return "has " + fields.size() + " fields, the header " + width;
            }
            String id = idAt < 0 ? "row-" + n : fields.get(idAt).strip();
            if (id.isEmpty()) {
                return "empty id";
            }
            if (ids.contains(id)) {
                return "id " + id + " repeats an earlier row";
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (int p = 0; p < valueAt.length; p++) {
                String name = layout.numericColumns().get(p);
                String text = fields.get(valueAt[p]).strip();
                if (text.isEmpty()) {
                    return "no value in column " + name;
                }
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return "column " + name + " is not a number ('" + abbreviate(text) + "')";
                }
                if (!Double.isFinite(v)) {
                    return "column " + name + " is not a finite number ('" + abbreviate(text) + "')";
                }
                values.put(name, v);
            }
            Structure structure;
            try {
                List<Structure> parsed = cif.parseString(fields.get(cifAt), layout.cifColumn());
                structure = parsed.get(0);
            } catch (RuntimeException e) { // a CIF that breaks the reader must not stop the whole table
                return "the CIF does not parse: " + (e instanceof StructureParseException p ? p.problem()
                        : e.getMessage());
            }
            if (structure.size() > layout.maxSites()) {
                return structure.size() + " sites, more than the limit of " + layout.maxSites();
            }
            String problem = layout.check().apply(structure);
            if (problem != null) {
                return problem;
            }
            ids.add(id);
            kept.add(new DatasetRow(id, structure, values, Map.of()));
            return null;
        }

        private int column(List<String> header, String name, String option) {
            int at = header.indexOf(name);
            if (at < 0) {
                throw new IllegalArgumentException(source + ": the header has no column '" + name + "' (" + option
                        + "); its columns are " + String.join(", ", header));
            }
            return at;
        }

        private static String abbreviate(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }
    }
}
