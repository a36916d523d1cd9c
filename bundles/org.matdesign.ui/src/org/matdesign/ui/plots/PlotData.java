package org.matdesign.ui.plots;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.matdesign.api.FunnelStage;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.Verdict;
import org.matdesign.ui.design.CandidateEntry;
import org.matdesign.ui.design.DesignSession;

/**
 * The numbers behind the plots view, from a design session (no SWT here, so they can be checked on their own):
 * target vs predicted per source, the energy-above-hull estimates, the screening funnel.
 */
public final class PlotData {

    /** Validators whose verdict value is an energy above the hull (eV/atom). */
    static final List<String> HULL_VALIDATORS = List.of("stability_estimate", "e_above_hull");

    /** One scatter series: x = the target aimed at, y = what a source predicted. */
    public record Series(String name, double[] x, double[] y) {
    }

    /** A histogram: bin labels and counts. */
    public record Histogram(String[] labels, double[] counts, int values) {
    }

    private PlotData() {
    }

    /** Properties with a target in some candidate's design target (in first-seen order). */
    public static List<String> targetedProperties(DesignSession s) {
        Set<String> out = new LinkedHashSet<>();
        s.recipe().targets().forEach(t -> out.addAll(t.targets().propertyNames()));
        return List.copyOf(out);
    }

    /** The model head's and every validator's prediction of {@code property} against its target value. */
    public static List<Series> targetVsPredicted(DesignSession s, String property) {
        List<CandidateEntry> rows = s.entries();
        List<Series> out = new ArrayList<>();
        out.add(series("model head", rows, s, property, e -> e.candidate().predicted().get(property)));
        Set<String> validators = new LinkedHashSet<>();
        rows.forEach(e -> e.candidate().verdicts().forEach((id, v) -> {
            if (v.properties().containsKey(property)) {
                validators.add(id);
            }
        }));
        for (String id : validators) {
            out.add(series(id, rows, s, property, e -> {
                Verdict v = e.candidate().verdicts().get(id);
                return v == null ? null : v.properties().get(property);
            }));
        }
        return out.stream().filter(x -> x.x().length > 0).toList();
    }

    private static Series series(String name, List<CandidateEntry> rows, DesignSession s, String property,
            Function<CandidateEntry, Double> value) {
        List<double[]> points = new ArrayList<>();
        for (CandidateEntry e : rows) {
            Double y = value.apply(e);
            double x = aimedAt(s, e.target(), property);
            if (y != null && Double.isFinite(y) && Double.isFinite(x)) {
                points.add(new double[] {x, y});
            }
        }
        return new Series(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    private static double aimedAt(DesignSession s, int target, String property) {
        if (target < 0 || target >= s.recipe().targets().size()) {
            return Double.NaN;
        }
        for (PropertyTarget t : s.recipe().targets().get(target).targets().toTargets()) {
            if (t.name().equals(property)) {
                return t.value();
            }
        }
        return Double.NaN;
    }

    /** Energy above hull estimates in bins of {@code width} eV/atom from 0; the last bin holds everything above. */
    public static Histogram hull(DesignSession s, double width, int bins) {
        double[] counts = new double[bins];
        int n = 0;
        for (CandidateEntry e : s.entries()) {
            for (String id : HULL_VALIDATORS) {
                Verdict v = e.candidate().verdicts().get(id);
                if (v != null && Double.isFinite(v.value())) {
                    int bin = (int) Math.min(bins - 1, Math.max(0, Math.floor(v.value() / width)));
                    counts[bin]++;
                    n++;
                    break;
                }
            }
        }
        String[] labels = new String[bins];
        for (int i = 0; i < bins; i++) {
            labels[i] = i == bins - 1 ? String.format(Locale.ROOT, "≥%.2f", i * width)
                    : String.format(Locale.ROOT, "%.2f", i * width);
        }
        return new Histogram(labels, counts, n);
    }

    /** The campaign's funnel once it is done; empty before. */
    public static List<FunnelStage> funnel(DesignSession s) {
        return s.results() == null ? List.of() : s.results().funnel();
    }
}
