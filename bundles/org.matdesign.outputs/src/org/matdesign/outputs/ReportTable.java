package org.matdesign.outputs;

import java.util.List;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignResults.PropertySource;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;
import org.matdesign.outputs.render.Html;
import org.matdesign.outputs.render.Num;
import org.matdesign.outputs.render.Xml;

/** Every candidate in rank order, with one column group (passed, value) per stage in the order the stages ran. */
final class ReportTable {

    private ReportTable() {
    }

    static void append(StringBuilder h, DesignResults r) {
        List<PropertySource> sources = r.propertySources();
        List<String> targeted = Targets.properties(r);
        h.append("<h2 id=\"all\">All candidates</h2>\n<table class=\"candidates\">\n<tr>");
        for (String fixed : List.of("rank", "id", "formula", "target")) {
            header(h, fixed, 2, 1);
        }
        for (String p : targeted) {
            header(h, "target " + p, 2, 1);
        }
        for (PropertySource s : sources) {
            header(h, s.property() + " (" + ReportPlots.sourceName(r, s) + ")", 2, 1);
        }
        header(h, "objective", 2, 1);
        for (StageInfo s : r.stages()) {
            header(h, Targets.stageName(r, s.id()), 1, 2);
        }
        header(h, "SUN", 2, 1);
        h.append("</tr>\n<tr>");
        for (int i = 0; i < r.stages().size(); i++) {
            h.append("<th>passed</th><th>value</th>");
        }
        h.append("</tr>\n");
        for (RankedCandidate c : r.candidates()) {
            // The id anchor lets the workbench reveal a candidate in the report.
            h.append("<tr id=\"").append(Xml.escape(c.id())).append("\"><td>").append(c.rank()).append("</td>");
            text(h, c.id());
            text(h, Targets.formula(c));
            text(h, Targets.label(r, c.target()));
            for (String p : targeted) {
                number(h, Targets.aimedAt(r, c, p));
            }
            for (PropertySource s : sources) {
                number(h, c.property(s.source(), s.property()));
            }
            number(h, c.candidate().objective());
            for (StageInfo s : r.stages()) {
                Verdict v = c.candidate().verdicts().get(s.id());
                h.append("<td>").append(Html.mark(v)).append("</td>");
                number(h, v == null ? Double.NaN : v.value());
            }
            h.append("<td>").append(Html.mark(c.sun(), "yes", "no")).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void header(StringBuilder h, String text, int rows, int cols) {
        h.append("<th").append(rows > 1 ? " rowspan=\"" + rows + "\"" : "")
                .append(cols > 1 ? " colspan=\"" + cols + "\"" : "").append('>')
                .append(Xml.escape(text)).append("</th>");
    }

    private static void text(StringBuilder h, String s) {
        h.append("<td class=\"text\">").append(Xml.escape(s)).append("</td>");
    }

    private static void number(StringBuilder h, double v) {
        h.append("<td>").append(Xml.escape(Num.people(v, 4))).append("</td>");
    }
}
