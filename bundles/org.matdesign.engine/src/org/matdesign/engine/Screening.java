package org.matdesign.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.TrainingSet;
import org.matdesign.engine.recipe.Recipe;

/**
 * A recipe's validator funnel applied to crystals that did not come from its generator (a table of generated
 * crystals to screen): the same validators, settings, time limits and training data (for novelty) as a campaign of
 * that recipe, judged against its first target. Per-crystal validators may judge any slice of the crystals; the
 * campaign-wide ones (uniqueness) must see every crystal that could match, in the order whose first keeps the verdict.
 */
public final class Screening {

    private final ContributionRegistry registry;
    private final CampaignPlan plan;
    private final DesignTarget target;
    private final List<String> perCrystal = new ArrayList<>();
    private final List<String> campaignWide = new ArrayList<>();

    private Screening(ContributionRegistry registry, CampaignPlan plan, DesignTarget target, Consumer<String> problems) {
        this.registry = registry;
        this.plan = plan;
        this.target = target;
        List<Contribution> per = new ArrayList<>();
        List<Contribution> wide = new ArrayList<>();
        CampaignTargets.splitByScope(plan, per, wide, problems);
        per.forEach(c -> perCrystal.add(c.id()));
        wide.forEach(c -> campaignWide.add(c.id()));
    }

    /**
     * @throws org.matdesign.engine.recipe.RecipeException   a contribution of the recipe is not installed
     * @throws org.matdesign.api.SettingsException            a setting is unknown or not allowed
     */
    public static Screening of(ContributionRegistry registry, Recipe recipe, Consumer<String> problems) {
        List<String> planProblems = new ArrayList<>();
        CampaignPlan plan = CampaignPlan.of(registry, recipe, planProblems);
        planProblems.forEach(problems);
        DesignTarget first = CampaignTargets.first(recipe);
        return new Screening(registry, plan, first, problems);
    }

    /** Ids of the validators that judge one crystal at a time, in recipe order. */
    public List<String> perCrystalValidators() {
        return List.copyOf(perCrystal);
    }

    /** Ids of the validators that compare crystals with each other, in recipe order. */
    public List<String> campaignWideValidators() {
        return List.copyOf(campaignWide);
    }

    /** Every validator id, in the order the verdicts are made: per-crystal ones first, then campaign-wide ones. */
    public List<String> validators() {
        List<String> all = new ArrayList<>(perCrystal);
        all.addAll(campaignWide);
        return all;
    }

    /** The generator's training data (novelty's reference), or null when it cannot tell. */
    public TrainingSet trainingSet(Path dataDirectory, RunResources resources, Consumer<String> problems) {
        return GeneratorTraining.of(plan, target, dataDirectory, resources, line -> { }, problems).orElse(null);
    }

    /**
     * The crystals judged by one of the recipe's validators, under its time limit; a faulty validator's problem goes
     * to {@code problems} and the crystals come back unjudged by it.
     */
    public List<Candidate> judge(String validatorId, List<Candidate> crystals, Path dataDirectory,
            RunResources resources, TrainingSet training, Consumer<String> problems) {
        if (!perCrystal.contains(validatorId) && !campaignWide.contains(validatorId)) {
            throw new IllegalArgumentException("validator '" + validatorId + "' is not one of the recipe's: "
                    + validators());
        }
        RunContext context = new RunContext(target, plan.designSettings(), dataDirectory, resources, training,
                line -> { });
        List<String> found = new ArrayList<>();
        List<Candidate> out = new Stages(registry, line -> { }, found, plan.recipe().timeLimits())
                .validate(validatorId, crystals, context, new NullProgressMonitor());
        found.forEach(problems);
        return out;
    }
}
