package org.matdesign.core.data;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * A compact, gzipped table of dataset rows that a bundle can ship instead of the dataset itself (e.g. a model's
 * training split, for novelty and hull references on a machine without the data folder). One line per row:
 * {@code id, numeric columns..., lattice (9 numbers, rows), species, fractional coordinates}; numbers with 8 decimals,
 * as the CDVAE CIFs carry them. The file is identified by the SHA-256 of its bytes.
 */
public final class CompactDataset {

    private static final String MAGIC = "# matdesign compact dataset v1";

    private CompactDataset() {
    }

    /** Writes the rows with the given numeric columns (in this order). */
    public static void write(List<DatasetRow> rows, List<String> columns, String description, OutputStream out)
            throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write(MAGIC + "\n# " + description.replace('\n', ' ') + "\n");
            w.write("id\t" + String.join("\t", columns) + "\tlattice\tspecies\tfrac\n");
            for (DatasetRow row : rows) {
                StringBuilder b = new StringBuilder(row.id());
                for (String c : columns) {
                    b.append('\t').append(number(row.property(c)));
                }
                Structure s = row.structure();
                b.append('\t');
                double[][] m = s.lattice().matrix();
                join(b, new double[] {m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2], m[2][0], m[2][1], m[2][2]});
                b.append('\t');
                List<String> species = new ArrayList<>();
                s.sites().forEach(site -> species.add(site.species().toString()));
                b.append(String.join(" ", species)).append('\t');
                double[] frac = new double[3 * s.size()];
                for (int i = 0; i < s.size(); i++) {
                    System.arraycopy(s.site(i).frac(), 0, frac, 3 * i, 3);
                }
                join(b, frac);
                w.write(b.append('\n').toString());
            }
        }
    }

    /**
     * Reads a file written by {@link #write}; {@code source} names it in errors.
     *
     * @throws IOException when it is not such a file or a line is malformed (line number given)
     */
    public static Table read(byte[] gzipped, String source) throws IOException {
        List<DatasetRow> rows = new ArrayList<>();
        String description;
        List<String> columns;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(gunzip(gzipped, source),
                StandardCharsets.UTF_8))) {
            if (!MAGIC.equals(r.readLine())) {
                throw new IOException(source + ": not a compact dataset (first line must be '" + MAGIC + "')");
            }
            String d = r.readLine();
            description = d == null ? "" : d.replaceFirst("^# ", "");
            String[] header = String.valueOf(r.readLine()).split("\t");
            if (header.length < 4 || !header[0].equals("id")) {
                throw new IOException(source + ": bad header");
            }
            columns = List.of(header).subList(1, header.length - 3);
            int lineNo = 3;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                rows.add(row(line, columns, source + " line " + lineNo));
            }
        } catch (ZipException | EOFException e) {
            // the gzip layer's own messages ("Not in GZIP format", "Unexpected end of ZLIB input stream") lack the name
            throw new IOException(source + ": broken or truncated gzip data (" + e.getMessage() + ")", e);
        }
        return new Table(description, columns, rows, Checksums.sha256(gzipped));
    }

    private static GZIPInputStream gunzip(byte[] gzipped, String source) throws IOException {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gzipped));
        } catch (ZipException | EOFException e) {
            throw new IOException(source + ": not a gzip file (" + e.getMessage() + ")", e);
        }
    }

    private static DatasetRow row(String line, List<String> columns, String where) throws IOException {
        String[] f = line.split("\t");
        if (f.length != columns.size() + 4) {
            throw new IOException(where + ": expected " + (columns.size() + 4) + " fields, got " + f.length);
        }
        try {
            Map<String, Double> props = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                props.put(columns.get(c), f[1 + c].isEmpty() ? Double.NaN : Double.parseDouble(f[1 + c]));
            }
            double[] l = numbers(f[columns.size() + 1]);
            if (l.length != 9) {
                throw new IOException(where + ": the lattice needs 9 numbers, got " + l.length);
            }
            Lattice lattice = Lattice.fromMatrix(new double[][] {{l[0], l[1], l[2]}, {l[3], l[4], l[5]},
                    {l[6], l[7], l[8]}});
            String[] species = f[columns.size() + 2].split(" ");
            double[] frac = numbers(f[columns.size() + 3]);
            if (frac.length != 3 * species.length) {
                throw new IOException(where + ": " + species.length + " species but " + frac.length / 3.0
                        + " coordinate triples");
            }
            List<Site> sites = new ArrayList<>();
            for (int i = 0; i < species.length; i++) {
                sites.add(new Site(Species.of(species[i]), new double[] {frac[3 * i], frac[3 * i + 1], frac[3 * i + 2]}));
            }
            return new DatasetRow(f[0], new Structure(lattice, sites), props, Map.of());
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    /** A compact dataset as read: its description, numeric columns, rows and the SHA-256 of the file. */
    public record Table(String description, List<String> columns, List<DatasetRow> rows, String sha256) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private static void join(StringBuilder b, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(number(values[i]));
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.8f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** Space-separated finite numbers; anything else is an IllegalArgumentException naming the token. */
    private static double[] numbers(String text) {
        String[] parts = text.trim().split(" ");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException("non-finite number '" + parts[i] + "'");
            }
        }
        return out;
    }
}
