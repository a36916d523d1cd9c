package org.matdesign.outputs;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignResults.PropertySource;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;
import org.matdesign.outputs.render.CellView;
import org.matdesign.outputs.render.Html;
import org.matdesign.outputs.render.Num;
import org.matdesign.outputs.render.StructureSvg;
import org.matdesign.outputs.render.Xml;

/** A card per top candidate: its picture, what it was designed for, every prediction and every verdict. */
final class ReportCards {

    private static final int PICTURE = 230;

    private ReportCards() {
    }

    static void append(StringBuilder h, DesignResults r, int top) {
        h.append("<h2 id=\"top\">Top candidates</h2>\n<div class=\"cards\">\n");
        StructureSvg drawer = new StructureSvg();
        int shown = 0;
        for (RankedCandidate c : r.candidates()) {
            if (shown >= top) {
                break;
            }
            shown++;
            String formula = Targets.formula(c);
            h.append("<div class=\"card\">\n<h3>#").append(c.rank()).append(' ').append(Xml.escape(formula))
                    .append("</h3>\n");
            h.append(drawer.render(CellView.of(c.candidate().structure()), PICTURE, formula)).append('\n');
            h.append("<table>\n");
            Html.row(h, "id", c.id());
            Html.row(h, "target", Targets.label(r, c.target()));
            for (PropertySource s : r.propertySources()) {
                double v = c.property(s.source(), s.property());
                if (Double.isNaN(v)) {
                    continue; // this source said nothing about this candidate; the full table shows the gap
                }
                String unit = r.propertyUnits().getOrDefault(s.property(), "");
                Html.row(h, s.property() + " (" + ReportPlots.sourceName(r, s) + ")",
                        Num.people(v, 4) + (unit.isEmpty() ? "" : " " + unit));
            }
            if (Double.isFinite(c.candidate().objective())) {
                Html.row(h, "objective", Num.people(c.candidate().objective(), 4));
            }
            for (StageInfo s : r.stages()) {
                Verdict v = c.candidate().verdicts().get(s.id());
                h.append("<tr><th>").append(Xml.escape(Targets.stageName(r, s.id()))).append("</th><td class=\"text\">")
                        .append(Html.mark(v));
                if (v != null && Double.isFinite(v.value())) {
                    h.append(' ').append(Xml.escape(Num.people(v.value(), 4)));
                }
                if (v != null && !v.detail().isEmpty()) {
                    h.append(" <span class=\"note\">").append(Xml.escape(v.detail())).append("</span>");
                }
                h.append("</td></tr>\n");
            }
            h.append("<tr><th>SUN</th><td class=\"text\">").append(Html.mark(c.sun(), "yes", "no"))
                    .append("</td></tr>\n</table>\n</div>\n");
        }
        if (shown == 0) {
            h.append("<p>No candidates shown.</p>\n");
        }
        h.append("</div>\n");
    }
}
