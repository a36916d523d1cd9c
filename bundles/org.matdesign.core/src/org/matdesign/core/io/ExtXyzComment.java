package org.matdesign.core.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The key=value pairs of an extended XYZ comment line, as ASE's {@code key_val_str_to_dict} reads them: values may
 * be bare words, double- or single-quoted strings (backslash escapes), or bracketed groups ({@code [..]},
 * {@code {..}}); a key without a value is a flag. Keys are looked up case-insensitively. One pass, no recursion.
 */
final class ExtXyzComment {

    /** More pairs than this on one line is not a comment line but junk; refused before it fills memory. */
    static final int MAX_KEYS = 10_000;

    private final Map<String, String> values = new LinkedHashMap<>();

    private ExtXyzComment() {
    }

    /** The value of a key (case-insensitive), or null; a flag without a value reads as "T". */
    String get(String key) {
        return values.get(key.toLowerCase(Locale.ROOT));
    }

    static ExtXyzComment parse(String line, String source, int lineNo) {
        ExtXyzComment c = new ExtXyzComment();
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return c;
            }
            int keyStart = i;
            while (i < n && line.charAt(i) != '=' && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String key = line.substring(keyStart, i).toLowerCase(Locale.ROOT);
            int afterKey = i;
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n || line.charAt(i) != '=') {
                c.put(key, "T", source, lineNo);
                i = afterKey;
                continue;
            }
            i++; // '='
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            i = value(line, i, value, source, lineNo, key);
            c.put(key, value.toString(), source, lineNo);
        }
    }

    private void put(String key, String value, String source, int lineNo) {
        values.put(key, value);
        if (values.size() > MAX_KEYS) {
            throw new StructureParseException(source, lineNo, "more than " + MAX_KEYS
                    + " key=value pairs on the comment line");
        }
    }

    /** Reads one value starting at {@code i} into {@code out}; returns the index after it. */
    private static int value(String line, int i, StringBuilder out, String source, int lineNo, String key) {
        int n = line.length();
        if (i >= n) {
            return i; // "key=" at the end: an empty value
        }
        char first = line.charAt(i);
        if (first == '"' || first == '\'') {
            for (int j = i + 1; j < n; j++) {
                char ch = line.charAt(j);
                if (ch == '\\' && j + 1 < n) {
                    out.append(line.charAt(++j));
                } else if (ch == first) {
                    return j + 1;
                } else {
                    out.append(ch);
                }
            }
            throw new StructureParseException(source, lineNo, "the value of " + key + " has no closing " + first);
        }
        if (first == '[' || first == '{') {
            char close = first == '[' ? ']' : '}';
            int depth = 0;
            for (int j = i; j < n; j++) {
                char ch = line.charAt(j);
                if (ch == first) {
                    depth++;
                } else if (ch == close && --depth == 0) {
                    out.append(line, i + 1, j);
                    return j + 1;
                }
            }
            throw new StructureParseException(source, lineNo, "the value of " + key + " has no closing " + close);
        }
        int j = i;
        while (j < n && !Character.isWhitespace(line.charAt(j))) {
            j++;
        }
        out.append(line, i, j);
        return j;
    }
}
