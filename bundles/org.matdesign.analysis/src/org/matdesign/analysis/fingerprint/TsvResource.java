package org.matdesign.analysis.fingerprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled tab-separated table: '#' comment lines, one header line, then rows. */
final class TsvResource {

    private TsvResource() {
    }

    /** Rows after the header, split on tabs. */
    static List<String[]> rows(Class<?> owner, String name, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(name + " line " + lineNo + ": expected " + columns + " columns, got "
                            + f.length);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    static double number(String text) {
        return text.equals("nan") ? Double.NaN : Double.parseDouble(text);
    }
}
