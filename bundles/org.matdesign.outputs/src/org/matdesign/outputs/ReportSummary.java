package org.matdesign.outputs;

import java.util.List;
import java.util.Map;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignTarget;
import org.matdesign.outputs.render.Html;
import org.matdesign.outputs.render.Num;

/** The report's first table: how many candidates, how many SUN under which rule, and how the campaign ran. */
final class ReportSummary {

    private ReportSummary() {
    }

    static void append(StringBuilder h, DesignResults r) {
        long total = r.candidates().size();
        long sun = r.sunCount();
        h.append("<table class=\"summary\">\n");
        Html.row(h, "targets", r.targets().size() + (r.targetLabels().isEmpty() ? ""
                : ": " + String.join("; ", r.targetLabels())));
        Html.row(h, "candidates", Long.toString(total));
        Html.row(h, "SUN", sun + (total > 0 ? " of " + total + " (" + Num.people(100.0 * sun / total, 3) + " %)" : ""));
        Html.row(h, "SUN rule", sunRule(r));
        Html.row(h, "stages", r.stages().isEmpty() ? "none"
                : String.join(", ", r.stages().stream().map(s -> Targets.stageName(r, s.id())).toList()));
        long outside = r.coverage().values().stream().filter(c -> c.outsideData()).count();
        if (outside > 0) {
            Html.row(h, "coverage", outside + " of " + r.targets().size() + " targets outside the data (see below)");
        }
        if (!r.command().isEmpty()) {
            Html.row(h, "command", String.join(" ", r.command()));
        }
        List<String> seeds = r.targets().stream().map(DesignTarget::seed).distinct().map(String::valueOf).toList();
        if (!seeds.isEmpty()) {
            Html.row(h, seeds.size() == 1 ? "seed" : "seeds", String.join(", ", seeds));
        }
        if (r.startedAt() != null) {
            Html.row(h, "started", r.startedAt().toString());
        }
        double wall = r.wallSeconds();
        if (Double.isFinite(wall)) {
            Html.row(h, "wall time", Num.people(wall, 4) + " s");
        }
        for (Map.Entry<String, String> f : r.facts().entrySet()) {
            Html.row(h, f.getKey(), f.getValue());
        }
        h.append("</table>\n");
    }

    /** e.g. "all of: Structural validity (structural_validity), Novelty (novelty)". */
    static String sunRule(DesignResults r) {
        if (r.sunRule().isEmpty()) {
            return "none set: no candidate counts as SUN";
        }
        return "passes all of: " + String.join(", ", r.sunRule().stream()
                .map(id -> r.stage(id).isPresent() ? Targets.stageName(r, id) + " (" + id + ")"
                        : id + " (did not run)")
                .toList());
    }
}
