package org.matdesign.outputs;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignResults.PropertySource;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;
import org.matdesign.outputs.render.Csv;
import org.matdesign.outputs.render.Num;

/**
 * The rows of candidates.csv, built from whatever ran: {@code rank, id, target, formula}, {@code target_P} per targeted
 * property (the value aimed at: the middle of a range; the range itself is in {@code target}), one column per property
 * source ({@code predicted_P} for the generator, {@code VALIDATOR.P} for a validator), {@code objective}, then one
 * group {@code ID.passed, ID.value, ID.detail} per stage in the order the stages ran (empty where that validator gave
 * no verdict), then {@code sun}. Numbers are written in full with a dot; unknown values are empty.
 */
public final class CandidatesTable {

    private CandidatesTable() {
    }

    public static List<String> header(DesignResults results) {
        List<String> h = new ArrayList<>(List.of("rank", "id", "target", "formula"));
        for (String p : Targets.properties(results)) {
            h.add("target_" + p);
        }
        for (PropertySource s : results.propertySources()) {
            h.add(s.column());
        }
        h.add("objective");
        for (StageInfo s : results.stages()) {
            h.add(s.id() + ".passed");
            h.add(s.id() + ".value");
            h.add(s.id() + ".detail");
        }
        h.add("sun");
        return h;
    }

    public static List<String> row(DesignResults results, List<PropertySource> sources, RankedCandidate c) {
        List<String> f = new ArrayList<>();
        f.add(Integer.toString(c.rank()));
        f.add(c.id());
        f.add(Targets.label(results, c.target()));
        f.add(Targets.formula(c));
        for (String p : Targets.properties(results)) {
            f.add(Num.exact(Targets.aimedAt(results, c, p)));
        }
        for (PropertySource s : sources) {
            f.add(Num.exact(c.property(s.source(), s.property())));
        }
        f.add(Num.exact(c.candidate().objective()));
        for (StageInfo s : results.stages()) {
            Verdict v = c.candidate().verdicts().get(s.id());
            f.add(v == null ? "" : Boolean.toString(v.passed()));
            f.add(v == null ? "" : Num.exact(v.value()));
            f.add(v == null ? "" : v.detail());
        }
        f.add(Boolean.toString(c.sun()));
        return f;
    }

    public static String toCsv(DesignResults results) {
        StringBuilder b = new StringBuilder();
        Csv.appendLine(b, header(results));
        List<PropertySource> sources = results.propertySources();
        for (RankedCandidate c : results.candidates()) {
            Csv.appendLine(b, row(results, sources, c));
        }
        return b.toString();
    }
}
