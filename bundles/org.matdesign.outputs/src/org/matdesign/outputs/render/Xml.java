package org.matdesign.outputs.render;

import java.util.Locale;

/** Escaping and pixel formatting for the XHTML report and its inline SVG. */
public final class Xml {

    private Xml() {
    }

    /** Text or attribute content; characters XML 1.0 forbids are dropped so the page always parses. */
    public static String escape(String s) {
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
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Coordinates in SVG: 2 decimals, always a dot. */
    public static String px(double v) {
        return String.format(Locale.ROOT, "%.2f", Double.isFinite(v) ? v : 0);
    }
}
