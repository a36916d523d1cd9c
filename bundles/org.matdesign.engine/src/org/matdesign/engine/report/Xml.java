package org.matdesign.engine.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Escaping and number formatting shared by the HTML and SVG writers. */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Coordinates in SVG: 2 decimals, always a dot. */
    static String px(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A value for people: up to {@code digits} significant digits, no exponent, empty for NaN. */
    static String num(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "" : (v > 0 ? "inf" : "-inf");
        }
        if (v == 0) {
            return "0";
        }
        String s = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
