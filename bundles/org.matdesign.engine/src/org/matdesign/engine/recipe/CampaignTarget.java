package org.matdesign.engine.recipe;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.matdesign.api.DesignTarget;
import org.matdesign.api.SeedStructure;

/**
 * One entry of a campaign: the target values, how many candidates to design for them, and the known crystals to
 * design from (none: from scratch).
 */
public record CampaignTarget(TargetSet targets, int count, List<SeedStructure> seeds) {

    /** A count beyond this is almost certainly a typo; larger campaigns are split into several recipes. */
    public static final int MAX_COUNT = 100_000;

    public CampaignTarget {
        Objects.requireNonNull(targets, "targets");
        if (count < 1 || count > MAX_COUNT) {
            throw new RecipeException("count must be between 1 and " + MAX_COUNT + ", got " + count);
        }
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    /** A target designed from scratch. */
    public CampaignTarget(TargetSet targets, int count) {
        this(targets, count, List.of());
    }

    /** What one design run of this target asks of the contributions. */
    public DesignTarget toDesignTarget(Set<String> allowed, Set<String> excluded, int starts, long seed) {
        return new DesignTarget(targets.toTargets(), allowed, excluded, count, starts, seed, seeds);
    }
}
