package org.matdesign.ml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to the text of a JSON file (a model's metadata), for the tests and fuzzing that prove a loader
 * refuses what it cannot trust: bit flips, truncation, deleted, duplicated and swapped lines, numbers replaced by
 * extremes ({@code 1e308}, {@code NaN}, {@code -1}, {@code 2147483648}, ...), values replaced by other types, deep
 * nesting and very long strings. Half of the damage lands in an optional focus range (the part of the file a loader
 * actually reads), the rest anywhere. The same seed gives the same sequence of mutations.
 */
public final class JsonMutator {

    /** One damaged copy: what was done (for a failure message) and the resulting bytes. */
    public record Mutation(String description, byte[] bytes) {
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern VALUE_START = Pattern.compile(":\\s*");
    private static final String[] NUMBERS = {"1e308", "-1e308", "NaN", "Infinity", "-Infinity", "-1", "0", "-0.0",
        "2147483648", "-2147483649", "9223372036854775808", "1.5", "0.5", "1e-320", "4294967296", "65537",
        "99999999999999999999999999", "1e999999999", "\"7\"", "null", "true"};
    private static final String[] VALUES = {"{}", "[]", "null", "true", "\"\"", "\" \"", "[1]", "{\"a\":1}", "0",
        "\"NaN\"", "[null]", "[\"\"]", "[[]]"};
    private static final int[] DEPTHS = {20, 70, 300, 5000, 100_000};
    private static final int[] LENGTHS = {300, 70_000, 1_000_000};

    private final Random random;
    private final int focusStart;
    private final int focusEnd;

    /** Damage anywhere in the text. */
    public JsonMutator(long seed) {
        this(seed, 0, Integer.MAX_VALUE);
    }

    /** Half of the damage within characters {@code [focusStart, focusEnd)} of the text. */
    public JsonMutator(long seed, int focusStart, int focusEnd) {
        this.random = new Random(seed);
        this.focusStart = focusStart;
        this.focusEnd = focusEnd;
    }

    /** One mutation of {@code original} (UTF-8 JSON text). */
    public Mutation mutate(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(10)) {
            case 0 -> flipBits(original, text);
            case 1 -> truncate(original, text);
            case 2 -> deleteLines(text);
            case 3 -> duplicateLine(text);
            case 4 -> swapLines(text);
            case 5, 6 -> replaceNumber(text);
            case 7 -> replaceValue(text);
            case 8 -> nest(text);
            default -> longString(text);
        };
    }

    /** A character position: within the focus range half of the time. */
    private int position(String text) {
        int from = Math.min(focusStart, text.length());
        int to = Math.min(focusEnd, text.length());
        if (to > from && random.nextBoolean()) {
            return from + random.nextInt(to - from);
        }
        return random.nextInt(Math.max(1, text.length()));
    }

    private int bytePosition(byte[] bytes, String text) {
        int chars = position(text);
        int at = text.substring(0, Math.min(chars, text.length())).getBytes(StandardCharsets.UTF_8).length;
        return Math.min(at, Math.max(0, bytes.length - 1));
    }

    private Mutation flipBits(byte[] original, String text) {
        byte[] b = original.clone();
        int flips = 1 + random.nextInt(4);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < flips && b.length > 0; i++) {
            int at = bytePosition(b, text);
            int bit = random.nextInt(8);
            b[at] ^= (byte) (1 << bit);
            where.append(i == 0 ? "" : ", ").append(at).append('.').append(bit);
        }
        return new Mutation("bit flips at byte.bit " + where, b);
    }

    private Mutation truncate(byte[] original, String text) {
        int at = bytePosition(original, text);
        return new Mutation("truncated to " + at + " bytes", Arrays.copyOf(original, at));
    }

    private List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private int lineAt(String text) {
        int at = position(text);
        int line = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private Mutation deleteLines(String text) {
        List<String> lines = lines(text);
        int from = Math.min(lineAt(text), lines.size() - 1);
        int count = Math.min(1 + random.nextInt(3), lines.size() - from);
        lines.subList(from, from + count).clear();
        return text(String.join("\n", lines), "deleted lines " + (from + 1) + ".." + (from + count));
    }

    private Mutation duplicateLine(String text) {
        List<String> lines = lines(text);
        int at = Math.min(lineAt(text), lines.size() - 1);
        lines.add(at, lines.get(at));
        return text(String.join("\n", lines), "duplicated line " + (at + 1));
    }

    private Mutation swapLines(String text) {
        List<String> lines = lines(text);
        int a = Math.min(lineAt(text), lines.size() - 1);
        int b = Math.min(lines.size() - 1, Math.max(0, a + random.nextInt(21) - 10));
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return text(String.join("\n", lines), "swapped lines " + (a + 1) + " and " + (b + 1));
    }

    private Mutation replaceNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        int at = position(text);
        if (!m.find(at) && !m.find(0)) {
            return replaceValue(text);
        }
        String by = NUMBERS[random.nextInt(NUMBERS.length)];
        return text(text.substring(0, m.start()) + by + text.substring(m.end()),
                "number '" + m.group() + "' at " + m.start() + " replaced by " + by);
    }

    private Mutation replaceValue(String text) {
        Matcher m = VALUE_START.matcher(text);
        int at = position(text);
        if (!m.find(at) && !m.find(0)) {
            return truncate(text.getBytes(StandardCharsets.UTF_8), text);
        }
        int start = m.end();
        int end = valueEnd(text, start);
        String by = VALUES[random.nextInt(VALUES.length)];
        return text(text.substring(0, start) + by + text.substring(end),
                "value at " + start + " (" + abbreviate(text.substring(start, end)) + ") replaced by " + by);
    }

    /** End of the JSON value starting at {@code start}: a bracketed value, a string or a scalar. */
    private static int valueEnd(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (c == '"') {
            Matcher s = STRING.matcher(text);
            return s.find(start) && s.start() == start ? s.end() : start + 1;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < text.length(); i++) {
                char d = text.charAt(i);
                if (inString) {
                    if (d == '\\') {
                        i++;
                    } else if (d == '"') {
                        inString = false;
                    }
                } else if (d == '"') {
                    inString = true;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && ",}]\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private Mutation nest(String text) {
        Matcher m = VALUE_START.matcher(text);
        int at = position(text);
        if (!m.find(at) && !m.find(0)) {
            return truncate(text.getBytes(StandardCharsets.UTF_8), text);
        }
        int depth = DEPTHS[random.nextInt(DEPTHS.length)];
        boolean objects = random.nextBoolean();
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        int start = m.end();
        int end = valueEnd(text, start);
        String nested = open.repeat(depth) + text.substring(start, end) + close.repeat(depth);
        return text(text.substring(0, start) + nested + text.substring(end),
                "value at " + start + " nested " + depth + " levels deep in " + (objects ? "objects" : "arrays"));
    }

    private Mutation longString(String text) {
        Matcher m = STRING.matcher(text);
        int at = position(text);
        if (!m.find(at) && !m.find(0)) {
            return truncate(text.getBytes(StandardCharsets.UTF_8), text);
        }
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        String by = "\"" + "x".repeat(length) + "\"";
        return text(text.substring(0, m.start()) + by + text.substring(m.end()),
                "string " + abbreviate(m.group()) + " at " + m.start() + " replaced by one of " + length + " characters");
    }

    private static Mutation text(String text, String description) {
        return new Mutation(description, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
