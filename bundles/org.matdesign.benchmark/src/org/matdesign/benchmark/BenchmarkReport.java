package org.matdesign.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matdesign.engine.output.OutputDirectory;
import org.matdesign.outputs.render.Json;
import org.matdesign.outputs.render.Num;
import org.matdesign.outputs.render.SvgCharts;
import org.matdesign.outputs.render.Xml;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a benchmark result as {@code metrics.json} (figures, facts, the published anchors) and a self-contained
 * {@code report.html} (our figures beside the published ones per task, then the distributions). The folder appears
 * only when both files are complete.
 */
public final class BenchmarkReport {

    /** Rows of the tables: metric key and label, per task. */
    private static final String[][][] TABLES = {
        {{"recon.match_rate", "match rate"}, {"recon.rmse", "RMSE (normalised)"}},
        {{"gen.struct_validity", "structural validity"}, {"gen.comp_validity", "compositional validity"},
            {"gen.cov_r", "COV-R"}, {"gen.cov_p", "COV-P"}, {"gen.struct_diversity", "structure diversity"},
            {"gen.comp_diversity", "composition diversity"}, {"gen.wdist_density", "W(density)"},
            {"gen.wdist_property", "W(property) by CDVAE's own predictor (ours per property below)"}, {"gen.wdist_num_elements", "W(#elements)"}},
        {{"opt.sr5", "SR5"}, {"opt.sr10", "SR10"}, {"opt.sr15", "SR15"}}};
    private static final String[] TITLES = {"Reconstruction", "Generation", "Property optimisation"};
    private static final String[] COLOURS = {"#4c78a8", "#f58518", "#54a24b", "#e45756"};

    private BenchmarkReport() {
    }

    public static Path write(BenchmarkResult result, Path dir, boolean overwrite) throws IOException {
        try (OutputDirectory out = OutputDirectory.prepare(dir, overwrite)) {
            Json.write(json(result), out.file("metrics.json"));
            Files.writeString(out.file("report.html"), html(result), StandardCharsets.UTF_8);
            return out.commit();
        }
    }

    static JsonObject json(BenchmarkResult r) {
        JsonObject o = new JsonObject();
        BenchmarkRequest q = r.request();
        JsonObject request = new JsonObject();
        request.addProperty("model", q.model());
        request.add("model_settings", Json.texts(stringValues(q.modelSettings())));
        request.addProperty("dataset", q.dataset().name());
        request.add("tasks", Json.strings(q.tasks().stream().map(Benchmark::key).toList()));
        request.addProperty("samples", q.samples());
        request.addProperty("valid_samples", q.validSamples());
        request.addProperty("starts", q.starts());
        request.addProperty("predictor", q.predictor());
        request.addProperty("seed", q.seed());
        o.add("request", request);
        o.addProperty("finished", Instant.now().toString());
        o.add("metrics", Json.numbers(r.metrics()));
        o.add("facts", Json.texts(r.facts()));
        JsonArray anchors = new JsonArray();
        for (PublishedAnchors.Anchor a : PublishedAnchors.of(q.dataset().name())) {
            JsonObject e = new JsonObject();
            e.addProperty("model", a.model());
            e.addProperty("metric", a.metric());
            e.add("value", Json.number(a.value()));
            e.addProperty("source", a.source());
            anchors.add(e);
        }
        o.add("published", anchors);
        return o;
    }

    static String html(BenchmarkResult r) {
        BenchmarkRequest q = r.request();
        String title = "Benchmark of " + q.model() + " on " + q.dataset().name();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>MatDesign: ")
                .append(Xml.escape(title)).append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1200px; }\n")
                .append("h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; }\n")
                .append("table { border-collapse: collapse; font-size: 12px; }\n")
                .append("th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: right; }\n")
                .append("th { background: #f3f3f6; } td.text { text-align: left; }\n")
                .append(".charts { display: flex; flex-wrap: wrap; gap: 16px; } .note { font-size: 12px; color: #555; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(Xml.escape(title)).append("</h1>\n");
        h.append("<p class=\"note\">CDVAE's protocol (reconstruction, generation, optimisation) on the held-out split: ")
                .append(Xml.escape(r.facts().getOrDefault("dataset", q.dataset().name())))
                .append(". Published figures were measured on the official splits (Perov-5: 11,356 training crystals),"
                        + " which our data does not hold; our models train on the training part of the seeded split"
                        + " above, so training sizes differ. Rates are fractions.</p>\n");
        List<PublishedAnchors.Anchor> anchors = PublishedAnchors.of(q.dataset().name());
        for (int t = 0; t < TABLES.length; t++) {
            table(h, TITLES[t], TABLES[t], r, anchors);
        }
        extraMetrics(h, r);
        h.append("<h2>Distributions</h2>\n<div class=\"charts\">\n");
        for (BenchmarkResult.Plot p : r.plots()) {
            List<SvgCharts.Distribution> d = new ArrayList<>();
            for (int k = 0; k < p.samples().size(); k++) {
                BenchmarkResult.Sample s = p.samples().get(k);
                d.add(new SvgCharts.Distribution(s.name(), COLOURS[k % COLOURS.length], s.values()));
            }
            h.append(SvgCharts.distributions(p.title(), p.xLabel(), d, 30)).append('\n');
        }
        h.append("</div>\n<h2>Provenance</h2>\n<table>\n");
        r.facts().forEach((k, v) -> h.append("<tr><th>").append(Xml.escape(k)).append("</th><td class=\"text\">")
                .append(Xml.escape(v)).append("</td></tr>\n"));
        h.append("</table>\n<h2>Sources of the published figures</h2>\n<ul class=\"note\">\n");
        Set<String> sources = new LinkedHashSet<>();
        anchors.forEach(a -> sources.add(a.model() + ": " + a.source()));
        sources.forEach(s -> h.append("<li>").append(Xml.escape(s)).append("</li>\n"));
        return h.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder h, String title, String[][] rows, BenchmarkResult r,
            List<PublishedAnchors.Anchor> anchors) {
        List<String> models = new ArrayList<>();
        for (PublishedAnchors.Anchor a : anchors) { // in PublishedAnchors' order, the same in every table
            for (String[] row : rows) {
                if (a.metric().equals(row[0]) && !models.contains(a.model())) {
                    models.add(a.model());
                }
            }
        }
        h.append("<h2>").append(Xml.escape(title)).append("</h2>\n<table>\n<tr><th>metric</th><th>")
                .append(Xml.escape(r.request().model())).append(" (ours)</th>");
        models.forEach(m -> h.append("<th>").append(Xml.escape(m)).append(" (published)</th>"));
        h.append("</tr>\n");
        for (String[] row : rows) {
            Double ours = r.metrics().get(row[0]);
            boolean published = anchors.stream().anyMatch(a -> a.metric().equals(row[0]));
            if (ours == null && !published) {
                continue;
            }
            h.append("<tr><td class=\"text\">").append(Xml.escape(row[1])).append("</td><td>")
                    .append(ours == null ? "not measured" : Num.people(ours, 4)).append("</td>");
            for (String m : models) {
                String v = anchors.stream().filter(a -> a.model().equals(m) && a.metric().equals(row[0])).findFirst()
                        .map(a -> Num.people(a.value(), 4)).orElse("");
                h.append("<td>").append(v).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Every measured figure not in the tables (counts, per-property distances, thresholds, timings). */
    private static void extraMetrics(StringBuilder h, BenchmarkResult r) {
        Set<String> tabled = new LinkedHashSet<>();
        for (String[][] t : TABLES) {
            for (String[] row : t) {
                tabled.add(row[0]);
            }
        }
        h.append("<h2>All figures</h2>\n<table>\n");
        r.metrics().forEach((k, v) -> {
            if (!tabled.contains(k)) {
                h.append("<tr><td class=\"text\">").append(Xml.escape(k)).append("</td><td>")
                        .append(Num.people(v, 4)).append("</td></tr>\n");
            }
        });
        h.append("</table>\n");
    }

    private static Map<String, String> stringValues(Map<String, Object> values) {
        Map<String, String> out = new java.util.TreeMap<>();
        values.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
