package org.matdesign.ui.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.engine.CampaignException;
import org.matdesign.engine.CampaignPlan;
import org.matdesign.engine.ModelCatalogue;
import org.matdesign.engine.recipe.ComponentSettings;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.TargetSet;
import org.matdesign.engine.recipe.TargetSpecException;

/**
 * What the design wizard collects, turned into the engine's {@link Recipe} the same way the {@code design} command
 * does: targets in the command line's syntax ({@code band_gap=1.2}, {@code band_gap=1.0..1.5}), the contributions
 * and their settings as text (checked against their declarations when the campaign starts).
 *
 * @param optimizer   null for none
 * @param settings    contribution id -> setting key -> value text; only values the user changed
 */
public record DesignParameters(String name, String generator, String optimizer, List<String> targets,
        List<String> tolerances, int count, int starts, long seed, List<String> validators,
        Map<String, Map<String, String>> settings) {

    public DesignParameters {
        targets = List.copyOf(targets);
        tolerances = tolerances == null ? List.of() : List.copyOf(tolerances);
        validators = List.copyOf(validators);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        (settings == null ? Map.<String, Map<String, String>>of() : settings)
                .forEach((id, values) -> copy.put(id, Map.copyOf(values)));
        settings = Map.copyOf(copy);
    }

    /** The model the generator runs: its {@code model} setting, else the default. */
    public String model() {
        String given = settings.getOrDefault(generator, Map.of()).get(CampaignPlan.MODEL_SETTING);
        return given == null || given.isBlank() ? Recipe.DEFAULT_MODEL : given;
    }

    /**
     * What the generator's model can target, asked as the {@code design} command asks it.
     *
     * @throws IllegalArgumentException naming the generator and the model when the model cannot be asked
     */
    public PropertyCatalogue catalogue(ContributionRegistry registry) {
        return catalogue(registry, generator, model());
    }

    /** @throws IllegalArgumentException naming the generator and the model when the model cannot be asked */
    public static PropertyCatalogue catalogue(ContributionRegistry registry, String generator, String model) {
        try {
            return ModelCatalogue.of(registry, generator, model);
        } catch (CampaignException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Targets and tolerances in the command line's syntax. @throws TargetSpecException naming what is wrong */
    public static TargetSet parseTargets(List<String> targets, List<String> tolerances, PropertyCatalogue catalogue) {
        if (targets.isEmpty()) {
            throw new TargetSpecException("give at least one target, e.g. band_gap=1.2");
        }
        return TargetSet.parse(targets, catalogue).withTolerances(tolerances);
    }

    /**
     * The recipe; the SUN rule keeps the default rule's validators that were chosen, so leaving a validator out does
     * not make every candidate fail it.
     *
     * @param catalogue what the targets may name (the model's properties: {@link #catalogue})
     * @throws TargetSpecException a target is malformed
     * @throws RecipeException     a count, a number of starts or an id is not allowed
     */
    public Recipe toRecipe(String outputDir, PropertyCatalogue catalogue) {
        Recipe r = Recipe.single(parseTargets(targets, tolerances, catalogue), count, starts, seed, outputDir);
        ComponentSettings gen = withSettings(ComponentSettings.enabled(generator));
        ComponentSettings opt = optimizer == null
                ? ComponentSettings.enabled(Recipe.DEFAULT_OPTIMIZER).withEnabled(false)
                : withSettings(ComponentSettings.enabled(optimizer));
        List<ComponentSettings> vals = new ArrayList<>();
        validators.forEach(v -> vals.add(withSettings(ComponentSettings.enabled(v))));
        r = r.withComponents(gen, opt, vals, null);
        return r.withSunRule(sunRule());
    }

    /** The default SUN rule restricted to the chosen validators. */
    public List<String> sunRule() {
        return Recipe.DEFAULT_SUN_RULE.stream().filter(validators::contains).toList();
    }

    private ComponentSettings withSettings(ComponentSettings c) {
        ComponentSettings out = c;
        for (Map.Entry<String, String> e : settings.getOrDefault(c.id(), Map.of()).entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }
}
