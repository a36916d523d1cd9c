package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.matdesign.api.Coverage;
import org.matdesign.api.DesignResults;
import org.matdesign.api.FunnelStage;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RankedCandidate;

/**
 * The closing lines every caller of a campaign prints (the CLI's design commands, the Spark driver): where the
 * candidates went, the funnel, the SUN rate, each target's coverage and the mean distance of each property source to
 * its target.
 */
public final class CampaignSummary {

    private CampaignSummary() {
    }

    public static List<String> lines(CampaignOutcome outcome) {
        DesignResults r = outcome.results();
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "wrote %d candidates to %s in %.1f s", r.candidates().size(),
                outcome.outputDirectory(), r.wallSeconds()));
        StringBuilder f = new StringBuilder("funnel:");
        for (FunnelStage s : r.funnel()) {
            f.append(' ').append(s.name()).append(' ').append(s.count()).append(',');
        }
        f.setLength(f.length() - 1);
        out.add(f.toString());
        long n = r.candidates().size();
        out.add(String.format(Locale.ROOT, "SUN rate %d/%d = %.1f %% (SUN: %s)", r.sunCount(), n,
                n == 0 ? 0 : 100.0 * r.sunCount() / n, String.join(", ", r.sunRule())));
        for (Map.Entry<Integer, Coverage> c : r.coverage().entrySet()) {
            Coverage cov = c.getValue();
            out.add(String.format(Locale.ROOT, "coverage of target %d (%s): %d of %d training crystals nearby%s",
                    c.getKey() + 1, r.targetLabels().get(c.getKey()), cov.near(), cov.total(),
                    cov.outsideData() ? " -- OUTSIDE the training data" : ""));
        }
        for (DesignResults.PropertySource source : r.propertySources()) {
            double mean = meanDistance(r, source);
            if (Double.isFinite(mean)) {
                out.add(String.format(Locale.ROOT, "%s: mean distance to target %.3f %s", source.column(), mean,
                        r.propertyUnits().getOrDefault(source.property(), "")));
            }
        }
        if (!r.problems().isEmpty()) {
            out.add(r.problems().size() + " problem(s), see provenance.json");
        }
        return out;
    }

    /** Mean over candidates of the distance from a value to its target range, for targeted properties only. */
    public static double meanDistance(DesignResults r, DesignResults.PropertySource source) {
        double sum = 0;
        int count = 0;
        for (RankedCandidate c : r.candidates()) {
            PropertyTarget t = r.targets().get(c.target()).target(source.property()).orElse(null);
            double v = c.property(source.source(), source.property());
            if (t != null && Double.isFinite(v)) {
                sum += t.distance(v);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
