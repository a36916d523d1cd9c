package org.matdesign.outputs.render;

import java.util.List;

/**
 * CSV lines with RFC 4180 quoting: a field with a comma, quote or line break is quoted and its quotes doubled.
 * Lines end with "\n".
 */
public final class Csv {

    private Csv() {
    }

    public static void appendLine(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(fields.get(i)));
        }
        b.append('\n');
    }

    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
