package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.Candidate;
import org.matdesign.api.FunnelStage;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;

/** The cumulative screening funnel: after each stage, the candidates that passed it and every stage before it. */
final class Funnel {

    private Funnel() {
    }

    static List<FunnelStage> of(List<RankedCandidate> ranked, List<StageInfo> stages, List<String> sunRule) {
        List<FunnelStage> out = new ArrayList<>();
        out.add(new FunnelStage("designed", ranked.size(), "candidates that came out of the generator and optimizer"));
        List<Candidate> left = ranked.stream().map(RankedCandidate::candidate).toList();
        for (StageInfo s : stages) {
            left = left.stream().filter(c -> {
                Verdict v = c.verdicts().get(s.id());
                return v != null && v.passed();
            }).toList();
            out.add(new FunnelStage(s.id(), left.size(), s.name()));
        }
        out.add(new FunnelStage("SUN", ranked.stream().filter(RankedCandidate::sun).count(),
                "passed every validator of the SUN rule: " + String.join(", ", sunRule)));
        return out;
    }
}
