package org.matdesign.outputs;

import org.matdesign.api.DesignResults;
import org.matdesign.outputs.render.Xml;

/** Problems met during the campaign (faulty contributions, missing data), listed so that none goes unseen. */
final class ReportProblems {

    private ReportProblems() {
    }

    static void append(StringBuilder h, DesignResults r) {
        h.append("<h2 id=\"problems\">Problems</h2>\n");
        if (r.problems().isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<ul class=\"problems\">\n");
        for (String p : r.problems()) {
            h.append("<li class=\"warn\">").append(Xml.escape(p)).append("</li>\n");
        }
        h.append("</ul>\n");
    }
}
