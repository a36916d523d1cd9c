package org.matdesign.ui.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.matdesign.api.Verdict;
import org.matdesign.ui.design.CandidateEntry;

/**
 * One column of the candidates table: its title, the text of a cell and how it sorts. The set of columns follows
 * whatever ran, like candidates.csv: every property from the model's head and from each validator that predicted
 * one, every validator's verdict, SUN.
 *
 * @param key     stable id (tests and filters use it), e.g. {@code predicted_band_gap}, {@code verdict:novelty}
 * @param number  the value a numeric column sorts by (NaN sorts last); null for a text column
 */
public record CandidateColumn(String key, String title, int width, Function<CandidateEntry, String> text,
        Function<CandidateEntry, Double> number) {

    /** Sorts ascending; numbers by value with unknowns last, text case-insensitively. */
    public Comparator<CandidateEntry> comparator() {
        if (number != null) {
            return Comparator.comparingDouble(e -> {
                Double d = number.apply(e);
                return d == null || d.isNaN() ? Double.POSITIVE_INFINITY : d;
            });
        }
        return Comparator.comparing(e -> text.apply(e).toLowerCase(Locale.ROOT));
    }

    /** The columns for these rows. */
    public static List<CandidateColumn> of(List<CandidateEntry> rows) {
        List<CandidateColumn> out = new ArrayList<>();
        out.add(new CandidateColumn("rank", "Rank", 50, e -> e.ranked() ? Integer.toString(e.rank()) : "…",
                e -> e.ranked() ? (double) e.rank() : Double.NaN));
        out.add(new CandidateColumn("id", "Id", 110, CandidateEntry::id, null));
        out.add(new CandidateColumn("formula", "Formula", 90, CandidateEntry::formula, null));
        out.add(new CandidateColumn("target", "Target", 170, CandidateEntry::targetLabel, null));
        Set<String> predicted = new LinkedHashSet<>();
        Set<String> validators = new LinkedHashSet<>();
        Set<String> validatorProperties = new LinkedHashSet<>();
        for (CandidateEntry e : rows) {
            predicted.addAll(e.candidate().predicted().keySet());
            e.candidate().verdicts().forEach((id, v) -> {
                validators.add(id);
                v.properties().keySet().forEach(p -> validatorProperties.add(id + "\u0000" + p));
            });
        }
        for (String p : predicted) {
            out.add(numeric("predicted_" + p, p + " (model)", e -> e.candidate().predicted().get(p)));
        }
        for (String vp : validatorProperties) {
            String id = vp.substring(0, vp.indexOf('\u0000'));
            String p = vp.substring(vp.indexOf('\u0000') + 1);
            out.add(numeric(id + "." + p, p + " (" + id + ")", e -> {
                Verdict v = e.candidate().verdicts().get(id);
                return v == null ? null : v.properties().get(p);
            }));
        }
        for (String id : validators) {
            out.add(new CandidateColumn("verdict:" + id, id, 120, e -> verdictText(e.candidate().verdicts().get(id)),
                    e -> {
                        Verdict v = e.candidate().verdicts().get(id);
                        return v == null ? Double.NaN : v.passed() ? 0.0 : 1.0;
                    }));
        }
        out.add(new CandidateColumn("sun", "SUN", 50, e -> e.sun() == null ? "…" : e.sun() ? "yes" : "no",
                e -> e.sun() == null ? Double.NaN : e.sun() ? 0.0 : 1.0));
        return out;
    }

    private static CandidateColumn numeric(String key, String title, Function<CandidateEntry, Double> value) {
        return new CandidateColumn(key, title, 130, e -> {
            Double d = value.apply(e);
            return d == null || d.isNaN() ? "" : String.format(Locale.ROOT, "%.3f", d);
        }, value);
    }

    /** "pass 0.12" / "FAIL 0.40": the decision first, then the value the validator measured. */
    static String verdictText(Verdict v) {
        if (v == null) {
            return "";
        }
        String value = Double.isNaN(v.value()) ? "" : String.format(Locale.ROOT, " %.3g", v.value());
        return (v.passed() ? "pass" : "FAIL") + value;
    }
}
