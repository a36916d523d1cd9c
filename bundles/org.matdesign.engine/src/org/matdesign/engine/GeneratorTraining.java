package org.matdesign.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.SafeCall;
import org.matdesign.api.TrainingData;
import org.matdesign.api.TrainingSet;
import org.matdesign.engine.recipe.Recipe;

/**
 * The training data of a plan's generator, asked through {@link TrainingData}: the campaign uses it for the coverage
 * of each target and for novelty; the workbench's design wizard asks the same before a run, to show the coverage of a
 * target while it is typed.
 */
public final class GeneratorTraining {

    private GeneratorTraining() {
    }

    /**
     * The training data of a recipe's generator, outside a campaign (the workbench's wizard and latent map ask it).
     *
     * @throws org.matdesign.engine.recipe.RecipeException a contribution of the recipe is not installed
     */
    public static Optional<TrainingSet> of(ContributionRegistry registry, Recipe recipe, Path dataDirectory,
            RunResources resources, Consumer<String> problems) {
        List<String> planProblems = new ArrayList<>();
        CampaignPlan plan = CampaignPlan.of(registry, recipe, planProblems);
        planProblems.forEach(problems);
        DesignTarget first = CampaignTargets.first(recipe);
        return of(plan, first, dataDirectory, resources, line -> { }, problems);
    }

    /** Empty when the generator cannot tell (or cannot be created; the reason goes to {@code problems}). */
    public static Optional<TrainingSet> of(CampaignPlan plan, DesignTarget target, Path dataDirectory,
            RunResources resources, Consumer<String> log, Consumer<String> problems) {
        Optional<Generator> generator = plan.generator().instance(Generator.class, problems);
        if (generator.isEmpty() || !(generator.get() instanceof TrainingData data)) {
            return Optional.empty();
        }
        RunContext context = new RunContext(target, plan.designSettings(), dataDirectory, resources, null, log);
        return SafeCall.call("training data of " + plan.generator().describe(), () -> data.trainingSet(context),
                problems).flatMap(o -> o);
    }
}
