package org.matdesign.analysis.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal RFC 4180 CSV reading (quoted fields may contain commas, quotes and line breaks) and writing. Rows are maps
 * from header name to value; a row with the wrong number of fields is an error naming the source and record.
 */
public final class Csv {

    private Csv() {
    }

    public static List<Map<String, String>> read(Reader reader, String sourceName) throws IOException {
        List<List<String>> records = records(reader, sourceName);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": empty CSV (no header)");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue;
            }
            if (rec.size() != header.size()) {
                throw new IllegalArgumentException(sourceName + ": record " + (r + 1) + " has " + rec.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), rec.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> records(Reader input, String sourceName) throws IOException {
        Reader reader = input.markSupported() ? input : new BufferedReader(input);
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int ch;
        while ((ch = reader.read()) != -1) {
            any = true;
            char c = (char) ch;
            if (c == '\n') {
                line++;
            }
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                current.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                current.add(field.toString());
                field.setLength(0);
                out.add(current);
                current = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(sourceName + ": unterminated quoted field at end of file (line " + line + ")");
        }
        if (any) {
            current.add(field.toString());
            out.add(current);
        }
        return out;
    }

    /** Quotes a field when needed. */
    public static String field(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
