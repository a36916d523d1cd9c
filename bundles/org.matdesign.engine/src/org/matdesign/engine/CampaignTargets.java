package org.matdesign.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.matdesign.api.Candidate;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.Role;
import org.matdesign.api.RunResources;
import org.matdesign.api.SafeCall;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Validator;
import org.matdesign.engine.recipe.CampaignTarget;
import org.matdesign.engine.recipe.Recipe;

/**
 * How a recipe becomes one design run per target, the same wherever the run happens: in a {@link Campaign} one after
 * another, or in parts on the workers of a {@link TargetRunner}. Seeds, plans, per-target validators, time limits
 * and the resources of a run are made here only.
 */
public final class CampaignTargets {

    private CampaignTargets() {
    }

    /**
     * The design run of one target of a recipe as a worker of a {@link TargetRunner} runs it: the same plan, seed,
     * training data, per-target validators and time limits as {@link #execute} gives that target in one JVM, so its
     * parts ({@link DesignRun#generate}, {@link DesignRun#optimize}, {@link DesignRun#validate}) give the same
     * candidates wherever they run. Its log lines (the target's first line included) go to {@code log}; problems met
     * while planning are not repeated, since the driver reports its own.
     *
     * @param resources models and indexes the run may share with other runs of this JVM; owned by the caller
     */
    public static DesignRun targetRun(ContributionRegistry registry, Recipe recipe, int target, Path dataDirectory,
            RunResources resources, Consumer<String> log) {
        Consumer<String> quiet = line -> { };
        CampaignPlan plan = CampaignPlan.of(registry, recipe, new ArrayList<>());
        List<DesignTarget> targets = designTargets(recipe);
        if (target < 0 || target >= targets.size()) {
            throw new IllegalArgumentException("target " + target + " is not one of the recipe's " + targets.size());
        }
        List<Contribution> perTarget = new ArrayList<>();
        splitByScope(plan, perTarget, new ArrayList<>(), quiet);
        TrainingSet training = GeneratorTraining.of(plan, targets.get(0), dataDirectory, resources, quiet, quiet)
                .orElse(null);
        log.accept(targetLine(recipe, targets, target));
        return designRun(registry, plan, targets, target, perTarget, dataDirectory, resources, training,
                line -> log.accept("  " + line), (stage, candidates) -> { });
    }

    /**
     * Optimized slices of one target (in slice order) as one optimizer call over them all would have returned them:
     * of each group, the first candidate with the lowest objective, at the place of the group's first candidate
     * (the rule of {@link org.matdesign.api.Optimizer#independentSlice}).
     */
    public static List<Candidate> joinSlices(List<List<Candidate>> slices) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (List<Candidate> slice : slices) {
            for (Candidate c : slice) {
                Candidate current = best.get(c.group());
                if (current == null || c.objective() < current.objective()) {
                    best.put(c.group(), c);
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    static DesignRun designRun(ContributionRegistry registry, CampaignPlan plan, List<DesignTarget> targets,
            int k, List<Contribution> perTarget, Path dataDirectory, RunResources resources, TrainingSet training,
            Consumer<String> log, BiConsumer<String, List<Candidate>> stageDone) {
        DesignPlan designPlan = new DesignPlan(targets.get(k), List.of(plan.generator().id()),
                plan.optimizer().map(o -> List.of(o.id())).orElse(List.of()),
                perTarget.stream().map(Contribution::id).toList(), plan.designSettings(), dataDirectory, training);
        return new DesignRun(registry, designPlan, resources, log).withTimeLimits(plan.recipe().timeLimits())
                .onStageDone(stageDone);
    }

    static String targetLine(Recipe recipe, List<DesignTarget> targets, int k) {
        return "target " + (k + 1) + "/" + targets.size() + " (" + label(recipe, k) + "): " + targets.get(k).count()
                + " candidates x " + recipe.startsPerCandidate() + " starts";
    }

    /** The recipe's first target as its design run sees it (what training data, screening and generation use). */
    static DesignTarget first(Recipe recipe) {
        return designTargets(recipe).get(0);
    }

    static List<DesignTarget> designTargets(Recipe recipe) {
        List<DesignTarget> out = new ArrayList<>();
        for (int k = 0; k < recipe.targets().size(); k++) {
            CampaignTarget t = recipe.targets().get(k);
            // A different seed per target, so the targets do not start from the same points.
            out.add(t.toDesignTarget(recipe.allowedElements(), recipe.excludedElements(), recipe.startsPerCandidate(),
                    recipe.seed() + k));
        }
        return out;
    }

    static void splitByScope(CampaignPlan plan, List<Contribution> perTarget, List<Contribution> campaignWide,
            Consumer<String> problems) {
        for (Contribution v : plan.validators()) {
            boolean wide = v.instance(Validator.class, problems)
                    .flatMap(instance -> SafeCall.call(v.describe(), instance::campaignWide, problems))
                    .orElse(false);
            (wide ? campaignWide : perTarget).add(v);
        }
    }

    static String label(Recipe recipe, int k) {
        return recipe.targets().get(k).targets().label();
    }

    /**
     * What a run's contributions share (models, indexes), with property predictors created from the registry on first
     * use; a predictor that cannot be created is said to {@code problems}. The caller closes it.
     */
    public static RunResources resources(ContributionRegistry registry, Consumer<String> problems) {
        return new RunResources(id -> predictor(registry, id, problems));
    }

    private static PropertyPredictor predictor(ContributionRegistry registry, String id, Consumer<String> problems) {
        return registry.find(Role.PREDICTOR, id)
                .flatMap(c -> c.instance(PropertyPredictor.class, p -> problems.accept("predictor " + id + ": " + p)))
                .orElse(null);
    }

}
