package org.matdesign.core.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

import org.matdesign.core.io.StructureParseException;

/**
 * Streaming RFC 4180 CSV records: quoted fields may hold commas, doubled quotes and newlines (CIF text).
 * One record in memory at a time; a field and a record are limited in size (characters and fields) so a broken file
 * cannot exhaust memory. Every problem, unreadable bytes included, is a {@link StructureParseException} naming the
 * source.
 */
final class CsvRecords {

    static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    /** The datasets have a dozen columns; a record of more is junk (a line of commas would be millions). */
    static final int MAX_FIELDS = 1_000;

    private final Reader in;
    private final String source;
    private int line = 1;
    private int recordLine;
    private int pushback = -2;

    CsvRecords(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Line on which the last returned record started. */
    int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. */
    List<String> next() {
        try {
            int c = read();
            while (c == '\r' || c == '\n') { // skip blank lines
                c = read();
            }
            if (c == -1) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean inQuotes = false;
            while (true) {
                if (inQuotes) {
                    if (c == -1) {
                        throw new StructureParseException(source, recordLine, "quoted field is never closed (file truncated?)");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            append(field, '"');
                        } else {
                            inQuotes = false;
                            c = d;
                            continue;
                        }
                    } else {
                        append(field, (char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !quoted) {
                    inQuotes = true;
                    quoted = true;
                } else if (c == ',') {
                    if (fields.size() >= MAX_FIELDS) {
                        throw new StructureParseException(source, recordLine, "a record has more than " + MAX_FIELDS
                                + " fields");
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    quoted = false;
                } else if (c == '\n' || c == '\r' || c == -1) {
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n') {
                            unread(d);
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    append(field, (char) c);
                }
                c = read();
            }
        } catch (CharacterCodingException e) {
            throw new StructureParseException(source, line, "not UTF-8 text (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new StructureParseException(source, line, "cannot read: " + e.getMessage(), e);
        }
    }

    private void append(StringBuilder sb, char c) {
        if (sb.length() >= MAX_FIELD_CHARS) {
            throw new StructureParseException(source, recordLine, "a field is longer than " + MAX_FIELD_CHARS + " characters");
        }
        sb.append(c);
    }

    private int read() throws IOException {
        int c;
        if (pushback != -2) {
            c = pushback;
            pushback = -2;
            return c;
        }
        c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        pushback = c;
    }
}
