package org.matdesign.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CIF 1.1 syntax: data blocks, tag/value pairs, loops, quoted and semicolon text values, comments. Save frames
 * are skipped. Tag names are lower-cased and DDLm dots turned into underscores ({@code _cell.length_a} reads as
 * {@code _cell_length_a}). Linear time; no recursion.
 */
final class CifSyntax {

    /** A value with the line it came from; {@code text} is null for the CIF null values '?' and '.'. */
    record Value(String text, int line, boolean quoted) {
    }

    static final class Loop {
        final int line;
        final List<String> tags = new ArrayList<>();
        final List<Value[]> rows = new ArrayList<>();

        Loop(int line) {
            this.line = line;
        }

        int column(String tag) {
            return tags.indexOf(tag);
        }
    }

    static final class Block {
        final String name;
        final int line;
        final Map<String, Value> items = new LinkedHashMap<>();
        final Map<String, Integer> itemLines = new LinkedHashMap<>();
        final List<Loop> loops = new ArrayList<>();

        Block(String name, int line) {
            this.name = name;
            this.line = line;
        }

        /** The loop holding this tag, or null. */
        Loop loopWith(String tag) {
            for (Loop l : loops) {
                if (l.tags.contains(tag)) {
                    return l;
                }
            }
            return null;
        }

        boolean has(String tag) {
            return items.containsKey(tag) || loopWith(tag) != null;
        }
    }

    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    private CifSyntax(String text, String source) {
        this.text = text;
        this.source = source;
    }

    static List<Block> parse(String text, String source) {
        return new CifSyntax(text, source).blocks();
    }

    private enum Kind { TAG, VALUE, LOOP, DATA, SAVE, GLOBAL, STOP, EOF }

    private record Token(Kind kind, String text, int line, boolean quoted) {
    }

    private Token pending;

    private Token peek() {
        if (pending == null) {
            pending = next();
        }
        return pending;
    }

    private Token take() {
        Token t = peek();
        pending = null;
        return t;
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        while (true) {
            Token t = take();
            switch (t.kind) {
                case EOF:
                    return blocks;
                case DATA:
                    current = new Block(t.text, t.line);
                    blocks.add(current);
                    break;
                case GLOBAL:
                    current = new Block("global_", t.line);
                    break;
                case SAVE:
                    skipSaveFrame(t);
                    break;
                case STOP:
                    break;
                case LOOP:
                    requireBlock(current, t);
                    current.loops.add(loop(t));
                    break;
                case TAG: {
                    requireBlock(current, t);
                    Token v = take();
                    if (v.kind != Kind.VALUE) {
                        throw error(t.line, "tag " + t.text + " has no value");
                    }
                    current.items.put(t.text, value(v));
                    current.itemLines.put(t.text, t.line);
                    break;
                }
                case VALUE:
                    throw error(t.line, "value '" + shorten(t.text) + "' without a tag");
                default:
                    throw error(t.line, "unexpected " + t.kind);
            }
        }
    }

    private void requireBlock(Block current, Token t) {
        if (current == null) {
            throw error(t.line, (t.kind == Kind.LOOP ? "loop_" : t.text) + " before any data_ block");
        }
    }

    private void skipSaveFrame(Token start) {
        if (start.text.isEmpty()) {
            return; // a closing save_ without an opening one: nothing to skip
        }
        while (true) {
            Token t = take();
            if (t.kind == Kind.EOF) {
                throw error(start.line, "save frame save_" + start.text + " is not closed");
            }
            if (t.kind == Kind.SAVE && t.text.isEmpty()) {
                return;
            }
        }
    }

    private Loop loop(Token start) {
        Loop loop = new Loop(start.line);
        while (peek().kind == Kind.TAG) {
            loop.tags.add(take().text);
        }
        if (loop.tags.isEmpty()) {
            throw error(start.line, "loop_ without tags");
        }
        List<Value> values = new ArrayList<>();
        while (peek().kind == Kind.VALUE) {
            values.add(value(take()));
        }
        int n = loop.tags.size();
        if (values.isEmpty()) {
            throw error(start.line, "loop with no rows (tags " + String.join(", ", loop.tags) + ")");
        }
        if (values.size() % n != 0) {
            int lastLine = values.get(values.size() - 1).line();
            throw error(lastLine, "loop starting at line " + start.line + " has " + values.size() + " values for " + n
                    + " tags (" + String.join(", ", loop.tags) + "); the last row is incomplete or the file is truncated");
        }
        for (int i = 0; i < values.size(); i += n) {
            loop.rows.add(values.subList(i, i + n).toArray(new Value[0]));
        }
        return loop;
    }

    private static Value value(Token t) {
        boolean isNull = !t.quoted && (t.text.equals("?") || t.text.equals("."));
        return new Value(isNull ? null : t.text, t.line, t.quoted);
    }

    private Token next() {
        skipWhitespaceAndComments();
        if (pos >= text.length()) {
            return new Token(Kind.EOF, "", line, false);
        }
        int startLine = line;
        char c = text.charAt(pos);
        if (c == ';' && atLineStart(pos)) {
            return textField(startLine);
        }
        if (c == '\'' || c == '"') {
            return quoted(c, startLine);
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        String lower = word.toLowerCase(Locale.ROOT);
        if (c == '_') {
            return new Token(Kind.TAG, normalizeTag(lower), startLine, false);
        }
        if (lower.startsWith("data_")) {
            return new Token(Kind.DATA, word.substring(5), startLine, false);
        }
        if (lower.equals("loop_")) {
            return new Token(Kind.LOOP, word, startLine, false);
        }
        if (lower.startsWith("save_")) {
            return new Token(Kind.SAVE, word.substring(5), startLine, false);
        }
        if (lower.equals("global_")) {
            return new Token(Kind.GLOBAL, word, startLine, false);
        }
        if (lower.equals("stop_")) {
            return new Token(Kind.STOP, word, startLine, false);
        }
        return new Token(Kind.VALUE, word, startLine, false);
    }

    static String normalizeTag(String lowerTag) {
        return lowerTag.replace('.', '_');
    }

    private boolean atLineStart(int p) {
        return p == 0 || text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r';
    }

    private Token textField(int startLine) {
        pos++; // the opening ';'
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(startLine, "text field starting with ';' is never closed (file truncated?)");
            }
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                if (pos + 1 < text.length() && text.charAt(pos + 1) == ';') {
                    pos += 2;
                    return new Token(Kind.VALUE, sb.toString().strip(), startLine, true);
                }
            }
            sb.append(c);
            pos++;
        }
    }

    private Token quoted(char quote, int startLine) {
        int start = ++pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                break;
            }
            // a quote closes the value only when followed by whitespace or the end of the input
            if (c == quote && (pos + 1 >= text.length() || Character.isWhitespace(text.charAt(pos + 1)))) {
                String v = text.substring(start, pos);
                pos++;
                return new Token(Kind.VALUE, v, startLine, true);
            }
            pos++;
        }
        throw error(startLine, "unterminated " + (quote == '\'' ? "single" : "double") + "-quoted value");
    }

    private void skipWhitespaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private StructureParseException error(int atLine, String problem) {
        return new StructureParseException(source, atLine, problem);
    }
}
