package org.matdesign.outputs;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignResults.PropertySource;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.Verdict;
import org.matdesign.outputs.render.SvgCharts;
import org.matdesign.outputs.render.Xml;

/** The report's charts: the funnel, target vs predicted per property for every source, the stability estimate. */
final class ReportPlots {

    /** The stage whose verdict values are energies above hull (eV/atom), shown as a histogram when it ran. */
    static final String STABILITY = "stability_estimate";

    private static final String[] COLOURS = {"#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2",
        "#9d755d", "#bab0ac"};

    private ReportPlots() {
    }

    static void append(StringBuilder h, DesignResults r) {
        h.append("<h2 id=\"funnel\">Screening funnel</h2>\n");
        if (r.funnel().isEmpty()) {
            h.append("<p>No funnel was recorded.</p>\n");
        } else {
            h.append(SvgCharts.funnel("Candidates left after each stage", r.funnel())).append('\n');
        }
        targetPlots(h, r);
        stability(h, r);
    }

    private static void targetPlots(StringBuilder h, DesignResults r) {
        h.append("<h2 id=\"targets\">Target vs predicted properties</h2>\n<div class=\"charts\">\n");
        List<PropertySource> sources = r.propertySources();
        int drawn = 0;
        for (String p : Targets.properties(r)) {
            List<PropertySource> forP = sources.stream().filter(s -> s.property().equals(p)).toList();
            if (forP.isEmpty()) {
                continue;
            }
            String unit = r.propertyUnits().getOrDefault(p, "");
            String withUnit = unit.isEmpty() ? "" : " (" + unit + ")";
            double spread = spread(r, p);
            List<SvgCharts.Series> series = new ArrayList<>();
            for (int k = 0; k < forP.size(); k++) {
                PropertySource s = forP.get(k);
                List<double[]> points = new ArrayList<>();
                for (int i = 0; i < r.candidates().size(); i++) {
                    RankedCandidate c = r.candidates().get(i);
                    double jitter = ((i * 7919) % 21 - 10) / 10.0; // deterministic sideways spread in [-1, 1]
                    points.add(new double[] {Targets.aimedAt(r, c, p) + jitter * spread, c.property(s.source(), p)});
                }
                series.add(new SvgCharts.Series(sourceName(r, s), COLOURS[k % COLOURS.length],
                        k % 2 == 0 ? "circle" : "square", points));
            }
            h.append(SvgCharts.scatter(p + withUnit, "target " + p + withUnit, "predicted" + withUnit, series, true))
                    .append('\n');
            drawn++;
        }
        h.append("</div>\n");
        h.append(drawn == 0 ? "<p>No targeted property was predicted.</p>\n"
                : "<p class=\"note\">x: the value aimed at (the middle of a range; points are spread sideways a little"
                        + " so that they do not overlap); y: the prediction of each source. Dashed line: y = x.</p>\n");
    }

    /** "generator" or the validator's name. */
    static String sourceName(DesignResults r, PropertySource s) {
        return s.source() == null ? "generator" : Targets.stageName(r, s.source());
    }

    /** Sideways spread: 4 % of the range of values aimed at, or 0.02 when there is one value. */
    private static double spread(DesignResults r, String p) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (RankedCandidate c : r.candidates()) {
            double t = Targets.aimedAt(r, c, p);
            if (Double.isFinite(t)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return hi > lo ? 0.04 * (hi - lo) : 0.02;
    }

    private static void stability(StringBuilder h, DesignResults r) {
        if (r.stage(STABILITY).isEmpty()) {
            return;
        }
        String name = Targets.stageName(r, STABILITY);
        List<Double> values = new ArrayList<>();
        long passed = 0;
        for (RankedCandidate c : r.candidates()) {
            Verdict v = c.candidate().verdicts().get(STABILITY);
            if (v != null) {
                values.add(v.value());
                passed += v.passed() ? 1 : 0;
            }
        }
        h.append("<h2 id=\"stability\">").append(Xml.escape(name)).append("</h2>\n");
        h.append(SvgCharts.histogram(name, "energy above hull, estimate (eV/atom)",
                values.stream().mapToDouble(Double::doubleValue).toArray(), 20, Double.NaN, "")).append('\n');
        h.append("<p class=\"note\">").append(passed).append(" of ").append(values.size())
                .append(" judged candidates passed. An estimate from predicted formation energies and the hull of the"
                        + " reference entries, not a DFT energy.</p>\n");
    }
}
