package org.matdesign.engine.recipe;

import java.util.Objects;
import java.util.Set;

import org.matdesign.api.DesignTarget;

/** One entry of a campaign: the target values and how many candidates to design for them. */
public record CampaignTarget(TargetSet targets, int count) {

    /** A count beyond this is almost certainly a typo; larger campaigns are split into several recipes. */
    public static final int MAX_COUNT = 100_000;

    public CampaignTarget {
        Objects.requireNonNull(targets, "targets");
        if (count < 1 || count > MAX_COUNT) {
            throw new RecipeException("count must be between 1 and " + MAX_COUNT + ", got " + count);
        }
    }

    /** What one design run of this target asks of the contributions. */
    public DesignTarget toDesignTarget(Set<String> allowed, Set<String> excluded, int starts, long seed) {
        return new DesignTarget(targets.toTargets(), allowed, excluded, count, starts, seed);
    }
}
