package org.matdesign.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.engine.recipe.Recipe;

/**
 * Crystals from a recipe's generator alone (no optimizer, no validators), for its first target: what a large
 * generate-then-screen job asks for in many independent parts, each with its own seed. The generator runs under the
 * recipe's time limit and its answer is cut and checked as in a campaign.
 */
public final class Generation {

    private Generation() {
    }

    /**
     * @param count how many crystals (one start each)
     * @param seed  the part's seed: the same seed gives the same crystals
     */
    public static List<Candidate> generate(ContributionRegistry registry, Recipe recipe, int count, long seed,
            Path dataDirectory, RunResources resources, Consumer<String> problems, IProgressMonitor monitor) {
        List<String> found = new ArrayList<>();
        CampaignPlan plan = CampaignPlan.of(registry, recipe, found);
        DesignTarget first = CampaignTargets.first(recipe);
        DesignTarget target = new DesignTarget(first.targets(), first.allowedElements(), first.excludedElements(),
                count, 1, seed, first.seeds());
        RunContext context = new RunContext(target, plan.designSettings(), dataDirectory, resources, null,
                line -> { });
        List<Candidate> out = new Stages(registry, line -> { }, found, recipe.timeLimits())
                .generate(plan.generator().id(), context, monitor);
        found.forEach(problems);
        return out;
    }
}
