package org.matdesign.outputs;

import org.matdesign.api.DesignResults;
import org.matdesign.outputs.render.Xml;

/**
 * report.html: one self-contained page (inline CSS and SVG; no scripts, fonts, images or links) built only from what
 * the campaign reports, so a contributed validator appears in it like a built-in one: summary, problems, coverage of
 * the targets by the training data, the funnel, target vs predicted per property and source, the stability estimate
 * (when that stage ran), cards for the best candidates and the full table. The page is well-formed XML (XHTML syntax),
 * so any XML parser can check it.
 */
public final class ReportPage {

    private static final String CSS = """
            body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1200px; }
            h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; font-size: 12px; }
            th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: right; vertical-align: top; }
            th { background: #f3f3f6; } td.text { text-align: left; word-break: break-all; }
            .charts { display: flex; flex-wrap: wrap; gap: 16px; }
            .cards { display: flex; flex-wrap: wrap; gap: 14px; }
            .card { border: 1px solid #ddd; padding: 8px; width: 250px; font-size: 12px; }
            .card h3 { font-size: 14px; margin: 2px 0 6px 0; }
            .yes { color: #1a7f37; font-weight: bold; } .no { color: #b42318; } .none { color: #888; }
            .warn { color: #b42318; font-weight: bold; }
            .note { font-size: 12px; color: #555; }
            """;

    private ReportPage() {
    }

    /** The page; {@code top} best candidates get a card with a picture. */
    public static String render(DesignResults results, int top) {
        String title = results.name() == null || results.name().isBlank() ? "design campaign" : results.name();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>MatDesign: ")
                .append(Xml.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>MatDesign report: ").append(Xml.escape(title)).append("</h1>\n");
        ReportSummary.append(h, results);
        ReportProblems.append(h, results);
        ReportCoverage.append(h, results);
        ReportPlots.append(h, results);
        ReportCards.append(h, results, top);
        ReportTable.append(h, results);
        h.append("<p class=\"note\">Written by MatDesign. Predictions and estimates are model outputs, not"
                + " measurements or DFT results; confirm promising candidates before trusting them.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }
}
