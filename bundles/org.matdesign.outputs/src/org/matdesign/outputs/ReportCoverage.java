package org.matdesign.outputs;

import org.matdesign.api.Coverage;
import org.matdesign.api.DesignResults;
import org.matdesign.outputs.render.Html;
import org.matdesign.outputs.render.Num;
import org.matdesign.outputs.render.Xml;

/** Per target, how many training crystals lie near it; a target outside the data is flagged, never hidden. */
final class ReportCoverage {

    private ReportCoverage() {
    }

    static void append(StringBuilder h, DesignResults r) {
        h.append("<h2 id=\"coverage\">Coverage of the targets by the training data</h2>\n");
        if (r.targets().isEmpty()) {
            h.append("<p>No targets.</p>\n");
            return;
        }
        h.append("<table class=\"coverage\">\n<tr><th>target</th><th>label</th><th>near / total</th>"
                + "<th>reference</th><th>assessment</th></tr>\n");
        for (int i = 0; i < r.targets().size(); i++) {
            Coverage c = r.coverage().get(i);
            h.append("<tr><td>").append(i + 1).append("</td><td class=\"text\">")
                    .append(Xml.escape(Targets.label(r, i))).append("</td>");
            if (c == null) {
                h.append("<td></td><td></td><td class=\"text\"><span class=\"none\">unknown: the generator could"
                        + " not tell</span></td></tr>\n");
                continue;
            }
            h.append("<td>").append(c.near()).append(" / ").append(c.total()).append("</td><td class=\"text\">")
                    .append(Xml.escape(c.reference())).append("</td><td class=\"text\">");
            if (c.outsideData()) {
                h.append("<span class=\"warn\">outside the data: fewer than ")
                        .append(Num.people(100 * Coverage.SPARSE_FRACTION, 3)).append(" % (or ").append(Coverage.MIN_NEAR)
                        .append(") of the training crystals lie near this target, so the model extrapolates</span>");
            } else {
                h.append(Html.mark(true, "within the data", ""));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">near = training crystals with every targeted property within the"
                + " target's range and tolerance.</p>\n");
    }
}
