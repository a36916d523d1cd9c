package org.matdesign.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** Recursive-descent parser for chemical formulas with (), [] and {} groups and decimal amounts. */
final class FormulaParser {

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;

    FormulaParser(String text) {
        if (text == null) {
            throw new IllegalArgumentException("formula is null");
        }
        this.text = text;
    }

    Map<Element, Double> parse() {
        Map<Element, Double> result = sequence(0);
        skipSpaces();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("formula '" + text + "' contains no elements");
        }
        return result;
    }

    private Map<Element, Double> sequence(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("brackets nested deeper than " + MAX_DEPTH);
        }
        Map<Element, Double> amounts = new LinkedHashMap<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                return amounts;
            }
            char c = text.charAt(pos);
            if (c == '(' || c == '[' || c == '{') {
                char close = c == '(' ? ')' : c == '[' ? ']' : '}';
                pos++;
                Map<Element, Double> inner = sequence(depth + 1);
                skipSpaces();
                if (pos >= text.length() || text.charAt(pos) != close) {
                    throw error("missing '" + close + "'");
                }
                pos++;
                double n = amount();
                inner.forEach((e, v) -> amounts.merge(e, v * n, Double::sum));
            } else if (c >= 'A' && c <= 'Z') {
                Element e = element();
                double n = amount();
                amounts.merge(e, n, Double::sum);
            } else {
                return amounts;
            }
        }
    }

    private Element element() {
        int start = pos;
        pos++;
        if (pos < text.length() && Character.isLowerCase(text.charAt(pos))
                && Element.isSymbol(text.substring(start, pos + 1))) {
            pos++;
        }
        String symbol = text.substring(start, pos);
        if (!Element.isSymbol(symbol)) {
            pos = start;
            throw error("unknown element '" + symbol + "'");
        }
        return Element.of(symbol);
    }

    private double amount() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            return 1;
        }
        try {
            double v = Double.parseDouble(text.substring(start, pos));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            pos = start;
            throw error("bad amount '" + text.substring(start) + "'");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("cannot parse formula '" + text + "' at position " + (pos + 1) + ": " + problem);
    }
}
