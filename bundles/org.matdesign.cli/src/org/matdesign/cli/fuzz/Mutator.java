package org.matdesign.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid input: byte flips, truncation, duplicated and deleted lines, huge numbers, NaN and
 * Infinity tokens, deep nesting, very long lines, binary noise, character edits, and stacks of several. The same
 * {@link Random} state gives the same mutation. Text operations work on bytes as Latin-1, one char per byte, so
 * that nothing is lost or added by decoding.
 */
final class Mutator {

    /** A mutated input and what was done to it. */
    record Mutation(String description, byte[] content) {
    }

    /** Nesting depth of the deep-nesting mutation. */
    static final int NESTING_DEPTH = 100_000;
    /** Very long lines are this long at most (a few MB). */
    static final int MAX_LONG_LINE = 3 * 1024 * 1024;

    private static final String[] HUGE = {"1e308", "-1e308", "1e400", "-1e400", "-0", "99999999999999999999",
        "-99999999999999999999", "4.9e-324", "1e-400", "179769313486231570000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "2147483648", "-2147483649", "9223372036854775808"};
    private static final String[] NOT_FINITE = {"NaN", "nan", "-NaN", "Infinity", "-Infinity", "inf", "-inf", "+Inf",
        "1e999", "NaN(1)"};
    private static final String[] LONG_LINE_UNITS = {"1.0 ", "x", ",", "\"", "'", "0", "Si ", "[", "{\"a\":", "_tag ",
        "\t", ";", "=", ":"};
    /** Characters of the structure formats, for character edits. */
    private static final String ALPHABET = " \n\t'\";_#0123456789.-+/()?xyzabcdefXYZABCDEFOHNCl{}[],:=loop_data_";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** The kinds, with how often each is picked (relative); long lines are rare as each costs a few MB. */
    private enum Kind {
        BYTE_FLIP(3), TRUNCATE(2), DUPLICATE_LINES(2), DELETE_LINES(2), HUGE_NUMBER(2), NOT_FINITE_NUMBER(2),
        DEEP_NESTING(1), LONG_LINE(0.4), BINARY_NOISE(1), CHARACTER_EDITS(3), STACKED(2);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    Mutation mutate(byte[] seed) {
        Kind kind = pick();
        StringBuilder text = new StringBuilder(new String(seed, StandardCharsets.ISO_8859_1));
        String description;
        if (kind == Kind.STACKED) {
            int n = 2 + random.nextInt(3);
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Kind step;
                do {
                    step = pick();
                } while (step == Kind.STACKED || step == Kind.LONG_LINE || step == Kind.DEEP_NESTING);
                steps.add(apply(step, text));
            }
            description = "stacked: " + String.join(", ", steps);
        } else {
            description = apply(kind, text);
        }
        return new Mutation(description, text.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private Kind pick() {
        double total = 0;
        for (Kind k : Kind.values()) {
            total += k.weight;
        }
        double x = random.nextDouble() * total;
        for (Kind k : Kind.values()) {
            x -= k.weight;
            if (x < 0) {
                return k;
            }
        }
        return Kind.BYTE_FLIP;
    }

    private String apply(Kind kind, StringBuilder t) {
        return switch (kind) {
            case BYTE_FLIP -> byteFlips(t);
            case TRUNCATE -> truncate(t);
            case DUPLICATE_LINES -> duplicateLines(t);
            case DELETE_LINES -> deleteLines(t);
            case HUGE_NUMBER -> replaceNumbers(t, HUGE, "huge number");
            case NOT_FINITE_NUMBER -> replaceNumbers(t, NOT_FINITE, "NaN/Infinity");
            case DEEP_NESTING -> deepNesting(t);
            case LONG_LINE -> longLine(t);
            case BINARY_NOISE -> binaryNoise(t);
            case CHARACTER_EDITS -> characterEdits(t);
            case STACKED -> throw new IllegalArgumentException("stacked mutations are built in mutate");
        };
    }

    private String byteFlips(StringBuilder t) {
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && !t.isEmpty(); i++) {
            int p = random.nextInt(t.length());
            t.setCharAt(p, (char) ((t.charAt(p) ^ (1 + random.nextInt(255))) & 0xff));
        }
        return "byte flips x" + n;
    }

    private String truncate(StringBuilder t) {
        int p = t.isEmpty() ? 0 : random.nextInt(t.length());
        t.setLength(p);
        return "truncated at byte " + p;
    }

    private String duplicateLines(StringBuilder t) {
        List<int[]> lines = lines(t);
        int first = random.nextInt(lines.size());
        int last = Math.min(lines.size() - 1, first + random.nextInt(4));
        String block = t.substring(lines.get(first)[0], lines.get(last)[1]);
        if (!block.endsWith("\n")) {
            block += "\n";
        }
        // now and then many copies, as in a file concatenated with itself or a loop gone wrong
        int copies = random.nextInt(10) == 0 ? 200 + random.nextInt(2000) : 1 + random.nextInt(3);
        t.insert(lines.get(last)[1], block.repeat(copies));
        return "lines " + (first + 1) + "-" + (last + 1) + " duplicated x" + copies;
    }

    private String deleteLines(StringBuilder t) {
        List<int[]> lines = lines(t);
        int first = random.nextInt(lines.size());
        int last = Math.min(lines.size() - 1, first + random.nextInt(5));
        t.delete(lines.get(first)[0], lines.get(last)[1]);
        return "lines " + (first + 1) + "-" + (last + 1) + " deleted";
    }

    private String replaceNumbers(StringBuilder t, String[] replacements, String what) {
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        if (numbers.isEmpty()) {
            return binaryNoise(t);
        }
        int n = 1 + random.nextInt(3);
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < n && !numbers.isEmpty(); i++) {
            chosen.add(numbers.remove(random.nextInt(numbers.size())));
        }
        chosen.sort((x, y) -> Integer.compare(y[0], x[0])); // from the back, so earlier spans stay valid
        List<String> used = new ArrayList<>();
        for (int[] span : chosen) {
            String r = replacements[random.nextInt(replacements.length)];
            t.replace(span[0], span[1], r);
            used.add(r.length() > 24 ? r.substring(0, 24) + "..." : r);
        }
        return what + " " + String.join(" ", used);
    }

    private String deepNesting(StringBuilder t) {
        String open = switch (random.nextInt(3)) {
            case 0 -> "[";
            case 1 -> "{\"a\":";
            default -> "(";
        };
        String close = open.equals("[") ? "]" : open.equals("(") ? ")" : "}";
        boolean balanced = random.nextBoolean();
        int p = random.nextInt(3) == 0 ? 0 : random.nextInt(t.length() + 1);
        String nest = open.repeat(NESTING_DEPTH) + (balanced ? "1" + close.repeat(NESTING_DEPTH) : "");
        t.insert(p, nest);
        return (balanced ? "balanced " : "") + NESTING_DEPTH + " x '" + open + "' at byte " + p;
    }

    private String longLine(StringBuilder t) {
        String unit = LONG_LINE_UNITS[random.nextInt(LONG_LINE_UNITS.length)];
        int length = MAX_LONG_LINE / 3 + random.nextInt(MAX_LONG_LINE - MAX_LONG_LINE / 3);
        List<int[]> lines = lines(t);
        int at = lines.get(random.nextInt(lines.size()))[0];
        String line = unit.repeat(length / unit.length());
        // on a line of its own, or run into the start of an existing line
        t.insert(at, random.nextBoolean() ? line + "\n" : line);
        return "line of " + line.length() + " bytes of '" + unit + "'";
    }

    private String binaryNoise(StringBuilder t) {
        int n = 1 + random.nextInt(random.nextBoolean() ? 16 : 4096);
        int p = t.isEmpty() ? 0 : random.nextInt(t.length() + 1);
        StringBuilder noise = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            noise.append((char) random.nextInt(256));
        }
        if (random.nextBoolean()) {
            t.replace(p, Math.min(t.length(), p + n), noise.toString());
        } else {
            t.insert(p, noise);
        }
        return n + " bytes of binary noise at byte " + p;
    }

    private String characterEdits(StringBuilder t) {
        int n = 1 + random.nextInt(8);
        for (int m = 0; m < n && !t.isEmpty(); m++) {
            int p = random.nextInt(t.length());
            switch (random.nextInt(4)) {
                case 0 -> t.setCharAt(p, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> t.insert(p, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> t.delete(p, Math.min(t.length(), p + random.nextInt(40)));
                default -> {
                    int q = random.nextInt(t.length());
                    t.insert(p, t.substring(q, Math.min(t.length(), q + 60)));
                }
            }
        }
        return "character edits x" + n;
    }

    /** Start (inclusive) and end (after the line break) of every line; one empty line for empty text. */
    private static List<int[]> lines(CharSequence t) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < t.length() || lines.isEmpty()) {
            lines.add(new int[] {start, t.length()});
        }
        return lines;
    }
}
