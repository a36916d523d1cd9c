package org.matdesign.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page (inline CSS and SVG; no scripts, fonts, images or links to other files or sites)
 * with run facts, the funnel, target vs predicted (generator head and independent predictor) per property, the histogram
 * of energy above hull (estimate), a picture and the numbers of each top candidate, and the full candidate table. The
 * page is well-formed XML (XHTML syntax), so it can be checked with any XML parser.
 */
public final class ReportHtml {

    private static final String CSS = """
            body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1200px; }
            h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; font-size: 12px; }
            th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: right; }
            th { background: #f3f3f6; } td.text { text-align: left; }
            .charts { display: flex; flex-wrap: wrap; gap: 16px; }
            .cards { display: flex; flex-wrap: wrap; gap: 14px; }
            .card { border: 1px solid #ddd; padding: 8px; width: 250px; font-size: 12px; }
            .card h3 { font-size: 14px; margin: 2px 0 6px 0; }
            .yes { color: #1a7f37; font-weight: bold; } .no { color: #b42318; }
            .note { font-size: 12px; color: #555; }
            """;

    private ReportHtml() {
    }

    public static String render(ReportData data) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append("MatDesign: ").append(Xml.escape(data.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>MatDesign report: ").append(Xml.escape(data.title())).append("</h1>\n");
        summary(h, data);
        h.append("<h2 id=\"funnel\">Screening funnel</h2>\n");
        h.append(SvgCharts.funnel("Candidates left after each check", data.funnel())).append('\n');
        h.append("<h2 id=\"targets\">Target vs predicted properties</h2>\n<div class=\"charts\">\n");
        for (Map.Entry<String, String> p : data.propertyUnits().entrySet()) {
            h.append(targetPlot(data.rows(), p.getKey(), p.getValue())).append('\n');
        }
        h.append("</div>\n<p class=\"note\">x: target value (points spread sideways a little so that they do not overlap);"
                + " y: prediction. Generator head = the MEIDNet property decoder at the optimised latent; independent ="
                + " a separately trained predictor applied to the decoded structure. Dashed line: y = x.</p>\n");
        h.append("<h2 id=\"hull\">Energy above hull (estimate)</h2>\n");
        double[] ehull = data.rows().stream().mapToDouble(CandidateRow::eAboveHullEstimate).toArray();
        h.append(SvgCharts.histogram("Energy above hull, estimate", "E above hull estimate (eV/atom)", ehull, 20,
                data.stabilityThreshold(), "stable if below " + Xml.num(data.stabilityThreshold(), 3))).append('\n');
        h.append("<p class=\"note\">Estimate: the independent predictor's formation energy of the candidate minus the convex"
                + " hull of the reference entries (see provenance). Not a DFT or MLIP energy; confirm stable candidates with"
                + " relaxation and DFT before trusting them.</p>\n");
        topCandidates(h, data);
        allCandidates(h, data);
        h.append("<p class=\"note\">SUN = structurally valid, compositionally valid (charge neutral), unique within the run,"
                + " novel against the training split, and stable by the estimate. Written by MatDesign.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    public static void write(ReportData data, Path file) throws IOException {
        Files.writeString(file, render(data), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private static void summary(StringBuilder h, ReportData data) {
        long total = data.rows().size();
        long sun = data.rows().stream().filter(CandidateRow::sun).count();
        h.append("<table class=\"summary\">\n");
        row(h, "candidates", Long.toString(total));
        row(h, "SUN (stable estimate, unique, novel, valid)", sun + (total > 0 ? " (" + Xml.num(100.0 * sun / total, 3) + " %)" : ""));
        Provenance p = data.provenance();
        if (p != null) {
            row(h, "command", String.join(" ", p.command()));
            row(h, "seed", Long.toString(p.seed()));
            row(h, "model", p.model() + (p.modelChecksum() == null ? "" : "  sha256 " + shortHash(p.modelChecksum())));
            if (p.predictorChecksum() != null) {
                row(h, "independent predictor", "sha256 " + shortHash(p.predictorChecksum()));
            }
            if (p.dataDescription() != null) {
                row(h, "reference data", p.dataDescription() + (p.dataHash() == null ? "" : "  sha256 " + shortHash(p.dataHash())));
            }
            double wall = p.wallSeconds();
            if (Double.isFinite(wall)) {
                row(h, "wall time", Xml.num(wall, 4) + " s");
            }
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(Xml.escape(key)).append("</th><td class=\"text\">").append(Xml.escape(value))
                .append("</td></tr>\n");
    }

    private static String shortHash(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "..." : hash;
    }

    private static String targetPlot(List<CandidateRow> rows, String property, String unit) {
        List<double[]> head = new ArrayList<>();
        List<double[]> indep = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CandidateRow r = rows.get(i);
            double jitter = ((i * 7919) % 21 - 10) / 10.0; // deterministic spread in [-1, 1]
            double t = r.target(property);
            head.add(new double[] {t, r.predicted(property), jitter});
            indep.add(new double[] {t, r.independent(property), jitter});
        }
        double span = spread(rows, property);
        List<double[]> h2 = head.stream().map(p -> new double[] {p[0] + p[2] * span, p[1]}).toList();
        List<double[]> i2 = indep.stream().map(p -> new double[] {p[0] + p[2] * span, p[1]}).toList();
        return SvgCharts.scatter(property + " (" + unit + ")", "target " + property + " (" + unit + ")",
                "predicted (" + unit + ")",
                List.of(new SvgCharts.Series("generator head", "#4c78a8", "circle", h2),
                        new SvgCharts.Series("independent", "#f58518", "square", i2)),
                true);
    }

    /** Sideways spread: 4 % of the target range, or 0.02 for a single target value. */
    private static double spread(List<CandidateRow> rows, String property) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (CandidateRow r : rows) {
            double t = r.target(property);
            if (Double.isFinite(t)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return hi > lo ? 0.04 * (hi - lo) : 0.02;
    }

    private static void topCandidates(StringBuilder h, ReportData data) {
        h.append("<h2 id=\"top\">Top candidates</h2>\n<div class=\"cards\">\n");
        StructureSvg drawer = new StructureSvg();
        int shown = 0;
        for (CandidateRow r : data.rows()) {
            if (shown >= data.topCount()) {
                break;
            }
            shown++;
            h.append("<div class=\"card\">\n<h3>#").append(shown).append(' ').append(Xml.escape(r.formula())).append("</h3>\n");
            if (r.cell() != null) {
                h.append(drawer.render(r.cell(), 230, r.formula())).append('\n');
            }
            h.append("<table>\n");
            cardRow(h, "id", r.id());
            cardRow(h, "CIF", r.cifFile() == null ? "" : r.cifFile());
            for (Map.Entry<String, String> p : data.propertyUnits().entrySet()) {
                String name = p.getKey();
                cardRow(h, name + " target / head / indep.", Xml.num(r.target(name), 4) + " / " + Xml.num(r.predicted(name), 3)
                        + " / " + Xml.num(r.independent(name), 3) + " " + p.getValue());
            }
            cardRow(h, "E above hull (est.)", Xml.num(r.eAboveHullEstimate(), 3) + " eV/atom");
            h.append("<tr><th>flags</th><td class=\"text\">").append(flag("valid", r.valid())).append(' ')
                    .append(flag("unique", r.unique())).append(' ').append(flag("novel", r.novel())).append(' ')
                    .append(flag("stable", r.stable())).append(' ').append(flag("SUN", r.sun())).append("</td></tr>\n");
            h.append("</table>\n</div>\n");
        }
        if (shown == 0) {
            h.append("<p>No candidates.</p>\n");
        }
        h.append("</div>\n");
    }

    private static void cardRow(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(Xml.escape(key)).append("</th><td class=\"text\">").append(Xml.escape(value))
                .append("</td></tr>\n");
    }

    private static String flag(String name, Boolean value) {
        String cls = value == null ? "" : value ? "yes" : "no";
        String mark = value == null ? "?" : value ? "yes" : "no";
        return "<span class=\"" + cls + "\">" + Xml.escape(name) + ": " + mark + "</span>";
    }

    private static void allCandidates(StringBuilder h, ReportData data) {
        h.append("<h2 id=\"all\">All candidates</h2>\n<table class=\"candidates\">\n<tr><th>rank</th><th>id</th><th>formula</th>");
        for (String p : data.propertyUnits().keySet()) {
            h.append("<th>target ").append(Xml.escape(p)).append("</th><th>head</th><th>indep.</th>");
        }
        h.append("<th>struct</th><th>comp</th><th>unique</th><th>novel</th><th>E hull est.</th><th>SUN</th></tr>\n");
        int rank = 1;
        for (CandidateRow r : data.rows()) {
            h.append("<tr><td>").append(rank++).append("</td><td class=\"text\">").append(Xml.escape(r.id()))
                    .append("</td><td class=\"text\">").append(Xml.escape(r.formula())).append("</td>");
            for (String p : data.propertyUnits().keySet()) {
                h.append("<td>").append(Xml.num(r.target(p), 4)).append("</td><td>").append(Xml.num(r.predicted(p), 3))
                        .append("</td><td>").append(Xml.num(r.independent(p), 3)).append("</td>");
            }
            h.append("<td>").append(flag("", r.structValid()).replace(": ", "")).append("</td><td>")
                    .append(flag("", r.compValid()).replace(": ", "")).append("</td><td>")
                    .append(flag("", r.unique()).replace(": ", "")).append("</td><td>")
                    .append(flag("", r.novel()).replace(": ", "")).append("</td><td>")
                    .append(Xml.num(r.eAboveHullEstimate(), 3)).append("</td><td>")
                    .append(flag("", r.sun()).replace(": ", "")).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
