package org.matdesign.ui.candidates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.matdesign.api.Verdict;
import org.matdesign.ui.design.CandidateEntry;

/** A filter of the candidates table: all, passed every validator, SUN only, or passed one validator. */
public record CandidateFilter(String label, Predicate<CandidateEntry> accepts) {

    public static final CandidateFilter ALL = new CandidateFilter("All candidates", e -> true);
    public static final CandidateFilter PASSED_ALL = new CandidateFilter("Passed every validator",
            e -> e.candidate().passedAll());
    public static final CandidateFilter SUN = new CandidateFilter("SUN only", e -> Boolean.TRUE.equals(e.sun()));

    public static CandidateFilter passed(String validator) {
        return new CandidateFilter("Passed " + validator, e -> {
            Verdict v = e.candidate().verdicts().get(validator);
            return v != null && v.passed();
        });
    }

    /** The filters these rows allow: the three fixed ones, then one per validator that judged them. */
    public static List<CandidateFilter> of(List<CandidateEntry> rows) {
        List<CandidateFilter> out = new ArrayList<>(List.of(ALL, PASSED_ALL, SUN));
        Set<String> validators = new LinkedHashSet<>();
        rows.forEach(e -> validators.addAll(e.candidate().verdicts().keySet()));
        validators.forEach(v -> out.add(passed(v)));
        return out;
    }
}
