package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.Candidate;
import org.matdesign.api.FunnelStage;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;

/**
 * The screening funnel: the stages of the SUN rule are cumulative (after each, the candidates that passed it and every
 * SUN stage before it), ending in SUN; a stage outside the rule counts the candidates that passed it on its own.
 */
final class Funnel {

    private Funnel() {
    }

    static List<FunnelStage> of(List<RankedCandidate> ranked, List<StageInfo> stages, List<String> sunRule) {
        List<FunnelStage> out = new ArrayList<>();
        out.add(new FunnelStage("designed", ranked.size(), "candidates that came out of the generator and optimizer"));
        List<Candidate> all = ranked.stream().map(RankedCandidate::candidate).toList();
        List<Candidate> left = all;
        for (StageInfo s : stages) {
            if (sunRule.contains(s.id())) {
                left = left.stream().filter(c -> passed(c, s.id())).toList();
                out.add(new FunnelStage(s.id(), left.size(), s.name() + " (and every SUN stage before it)"));
            } else {
                out.add(new FunnelStage(s.id(), all.stream().filter(c -> passed(c, s.id())).count(),
                        s.name() + " (on its own: not part of the SUN rule)"));
            }
        }
        out.add(new FunnelStage("SUN", ranked.stream().filter(RankedCandidate::sun).count(),
                "passed every validator of the SUN rule: " + String.join(", ", sunRule)));
        return out;
    }

    private static boolean passed(Candidate c, String stage) {
        Verdict v = c.verdicts().get(stage);
        return v != null && v.passed();
    }
}
