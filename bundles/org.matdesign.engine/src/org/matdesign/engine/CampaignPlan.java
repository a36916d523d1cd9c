package org.matdesign.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Generator;
import org.matdesign.api.Role;
import org.matdesign.api.SafeCall;
import org.matdesign.api.Setting;
import org.matdesign.api.Settings;
import org.matdesign.api.SettingsException;
import org.matdesign.engine.recipe.ComponentSettings;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;

/**
 * A recipe held against what is installed, before anything runs: every contribution it names exists, every setting it
 * gives is declared and allowed ({@link Settings#check}). The recipe's {@code model} reaches each generator,
 * optimizer and validator that declares a {@code model} setting and was not given one.
 */
public final class CampaignPlan {

    /** The setting through which a recipe's top-level model reaches model-backed contributions. */
    public static final String MODEL_SETTING = "model";

    private final Recipe recipe;
    private final Contribution generator;
    private final Contribution optimizer;
    private final List<Contribution> validators;
    private final List<Contribution> visualizers;
    private final Map<String, Settings> settings;

    private CampaignPlan(Recipe recipe, Contribution generator, Contribution optimizer, List<Contribution> validators,
            List<Contribution> visualizers, Map<String, Settings> settings) {
        this.recipe = recipe;
        this.generator = generator;
        this.optimizer = optimizer;
        this.validators = List.copyOf(validators);
        this.visualizers = List.copyOf(visualizers);
        this.settings = Map.copyOf(settings);
    }

    /**
     * @throws RecipeException   naming a contribution that is not installed (and what is)
     * @throws SettingsException naming the contribution, the key and what is allowed
     */
    public static CampaignPlan of(ContributionRegistry registry, Recipe recipe, List<String> problems) {
        Map<String, Settings> settings = new LinkedHashMap<>();
        Contribution generator = require(registry, Role.GENERATOR, recipe.generator().id());
        if (recipe.hasSeeds() && !designsFromSeeds(generator, problems)) {
            throw new RecipeException(generator.describe() + " does not design from seed structures; leave out the"
                    + " seeds or choose a generator that does (meidnet)");
        }
        settings.put(generator.id(), check(generator, recipe.generator(), recipe.model(), problems));
        Contribution optimizer = null;
        if (recipe.optimizer().enabled()) {
            optimizer = require(registry, Role.OPTIMIZER, recipe.optimizer().id());
            settings.put(optimizer.id(), check(optimizer, recipe.optimizer(), recipe.model(), problems));
        }
        List<Contribution> validators = new ArrayList<>();
        for (ComponentSettings v : recipe.enabledValidators()) {
            Contribution c = require(registry, Role.VALIDATOR, v.id());
            validators.add(c);
            settings.put(c.id(), check(c, v, recipe.model(), problems));
        }
        List<Contribution> visualizers = new ArrayList<>();
        for (ComponentSettings v : recipe.enabledVisualizers()) {
            Contribution c = require(registry, Role.VISUALIZER, v.id());
            if (!c.hasImplementation()) {
                throw new RecipeException(c.describe() + " is a workbench view" + c.view().map(w -> " (" + w + ")")
                        .orElse("") + " and writes no outputs; leave it out of the recipe's visualizers");
            }
            visualizers.add(c);
            settings.put(Role.VISUALIZER.label() + ":" + c.id(), check(c, v, null, problems));
        }
        return new CampaignPlan(recipe, generator, optimizer, validators, visualizers, settings);
    }

    private static boolean designsFromSeeds(Contribution generator, List<String> problems) {
        return generator.instance(Generator.class, problems::add)
                .flatMap(g -> SafeCall.call(generator.describe(), g::designsFromSeeds, problems::add)).orElse(false);
    }

    private static Contribution require(ContributionRegistry registry, Role role, String id) {
        Optional<Contribution> found = registry.find(role, id);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> installed = registry.contributions(role).stream().map(Contribution::id).toList();
        throw new RecipeException("no " + role.label() + " '" + id + "' is installed; installed " + role.label() + "s: "
                + (installed.isEmpty() ? "none" : String.join(", ", installed)));
    }

    /** The given settings (plus the recipe's model where declared and not given) against the declaration. */
    private static Settings check(Contribution c, ComponentSettings given, String model, List<String> problems) {
        List<Setting> declared = c.declaredSettings(problems::add);
        Map<String, Object> values = new LinkedHashMap<>(given.settings());
        if (model != null && declared.stream().anyMatch(s -> s.key().equals(MODEL_SETTING))) {
            values.putIfAbsent(MODEL_SETTING, model);
        }
        return Settings.check(c.describe(), declared, values);
    }

    public Recipe recipe() {
        return recipe;
    }

    public Contribution generator() {
        return generator;
    }

    /** Empty when the recipe runs without an optimizer. */
    public Optional<Contribution> optimizer() {
        return Optional.ofNullable(optimizer);
    }

    public List<Contribution> validators() {
        return validators;
    }

    public List<Contribution> visualizers() {
        return visualizers;
    }

    /** Checked settings of the generator, optimizer and validators, by contribution id. */
    public Map<String, Settings> designSettings() {
        Map<String, Settings> out = new LinkedHashMap<>(settings);
        out.keySet().removeIf(k -> k.startsWith(Role.VISUALIZER.label() + ":"));
        return out;
    }

    public Settings visualizerSettings(String id) {
        return settings.getOrDefault(Role.VISUALIZER.label() + ":" + id, Settings.none());
    }
}
