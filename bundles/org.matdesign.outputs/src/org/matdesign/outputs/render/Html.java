package org.matdesign.outputs.render;

import org.matdesign.api.Verdict;

/** Small XHTML pieces the report repeats: key/value rows and pass/fail marks. */
public final class Html {

    private Html() {
    }

    /** A {@code <tr>} with the key as header cell and the value as left-aligned text. */
    public static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(Xml.escape(key)).append("</th><td class=\"text\">").append(Xml.escape(value))
                .append("</td></tr>\n");
    }

    /** "pass", "fail" or "-" (the validator gave no verdict), coloured by class. */
    public static String mark(Verdict v) {
        if (v == null) {
            return "<span class=\"none\">-</span>";
        }
        return v.passed() ? "<span class=\"yes\">pass</span>" : "<span class=\"no\">fail</span>";
    }

    public static String mark(boolean yes, String yesText, String noText) {
        return yes ? "<span class=\"yes\">" + Xml.escape(yesText) + "</span>"
                : "<span class=\"no\">" + Xml.escape(noText) + "</span>";
    }
}
