package org.matdesign.engine.recipe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.matdesign.engine.TimeLimits;

/**
 * A design campaign: several target sets with a candidate count each, the number of starts per candidate, the seed,
 * the model ("default" or a model folder, given to every generator and optimizer that declares a {@code model}
 * setting), element constraints, the generator, the optional optimizer, the validator funnel, the visualizers that
 * write the outputs, the SUN rule (validator ids that must all pass), where the outputs go, and how long each call
 * into a contribution may take. Read one with
 * {@link RecipeReader}; the {@code design} command builds one from its options.
 */
public record Recipe(
        String name,
        String description,
        String model,
        String data,
        long seed,
        int startsPerCandidate,
        String outputDir,
        ComponentSettings generator,
        ComponentSettings optimizer,
        List<CampaignTarget> targets,
        List<ComponentSettings> validators,
        List<ComponentSettings> visualizers,
        List<String> sunRule,
        Set<String> allowedElements,
        Set<String> excludedElements,
        TimeLimits timeLimits) {

    public static final String DEFAULT_MODEL = "default";
    public static final int MAX_STARTS = 4096;
    public static final String DEFAULT_GENERATOR = "meidnet";
    public static final String DEFAULT_OPTIMIZER = "meidnet.latent-adam";

    /** The paper's screening funnel in order (see ARCHITECTURE.md, data flow of a design run). */
    public static final List<String> DEFAULT_VALIDATORS = List.of("elements", "structural_validity",
            "charge_neutrality", "uniqueness", "novelty", "independent_property", "stability_estimate");

    /** The validator that reports how far a candidate moved from its seed; added to the default funnel with seeds. */
    public static final String SEED_SIMILARITY = "seed_similarity";

    /** The built-in outputs: one CIF per candidate, candidates.csv and .json, report.html, provenance.json. */
    public static final List<String> DEFAULT_VISUALIZERS = List.of("outputs.cif", "outputs.csv", "outputs.json",
            "outputs.report", "outputs.provenance");

    /** Stable (estimate), unique, novel, structurally and compositionally valid. */
    public static final List<String> DEFAULT_SUN_RULE = List.of("structural_validity", "charge_neutrality",
            "uniqueness", "novelty", "stability_estimate");

    public Recipe {
        name = name == null || name.isBlank() ? "design" : name;
        description = description == null ? "" : description;
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model;
        generator = generator == null ? ComponentSettings.enabled(DEFAULT_GENERATOR) : generator;
        optimizer = optimizer == null ? ComponentSettings.enabled(DEFAULT_OPTIMIZER) : optimizer;
        if (startsPerCandidate < 1 || startsPerCandidate > MAX_STARTS) {
            throw new RecipeException("starts per candidate must be between 1 and " + MAX_STARTS + ", got "
                    + startsPerCandidate);
        }
        if (targets == null || targets.isEmpty()) {
            throw new RecipeException("a recipe needs at least one target");
        }
        targets = List.copyOf(targets);
        validators = validators == null ? enabled(defaultValidators(targets)) : List.copyOf(validators);
        visualizers = visualizers == null ? enabled(DEFAULT_VISUALIZERS) : List.copyOf(visualizers);
        sunRule = sunRule == null ? DEFAULT_SUN_RULE : List.copyOf(sunRule);
        // Sorted: Set.copyOf would iterate in an order that changes from JVM to JVM.
        allowedElements = Collections.unmodifiableSortedSet(
                new TreeSet<>(allowedElements == null ? Set.of() : allowedElements));
        excludedElements = Collections.unmodifiableSortedSet(
                new TreeSet<>(excludedElements == null ? Set.of() : excludedElements));
        timeLimits = timeLimits == null ? TimeLimits.DEFAULT : timeLimits;
        unique(validators, "validator");
        unique(visualizers, "visualizer");
        for (String e : allowedElements) {
            if (excludedElements.contains(e)) {
                throw new RecipeException("element " + e + " is both allowed and excluded");
            }
        }
    }

    /** The default funnel, and the seed comparison when a target designs from seeds. */
    private static List<String> defaultValidators(List<CampaignTarget> targets) {
        if (targets.stream().allMatch(t -> t.seeds().isEmpty())) {
            return DEFAULT_VALIDATORS;
        }
        List<String> ids = new ArrayList<>(DEFAULT_VALIDATORS);
        ids.add(SEED_SIMILARITY);
        return ids;
    }

    private static void unique(List<ComponentSettings> list, String role) {
        Set<String> ids = new HashSet<>();
        for (ComponentSettings c : list) {
            if (!ids.add(c.id())) {
                throw new RecipeException(role + " '" + c.id() + "' is listed twice");
            }
        }
    }

    public static List<ComponentSettings> enabled(List<String> ids) {
        List<ComponentSettings> list = new ArrayList<>();
        ids.forEach(id -> list.add(ComponentSettings.enabled(id)));
        return List.copyOf(list);
    }

    /** The one-target recipe the {@code design} command runs, with every other choice at its default. */
    public static Recipe single(TargetSet targets, int count, int starts, long seed, String outputDir) {
        return single(new CampaignTarget(Objects.requireNonNull(targets, "targets"), count), starts, seed, outputDir);
    }

    /** The one-target recipe of a {@code design} run, seeds included. */
    public static Recipe single(CampaignTarget target, int starts, long seed, String outputDir) {
        return new Recipe("design", "", DEFAULT_MODEL, null, seed, starts, outputDir, null, null, List.of(target), null,
                null, null, null, null, null);
    }

    /** Whether some target designs from seed structures. */
    public boolean hasSeeds() {
        return targets.stream().anyMatch(t -> !t.seeds().isEmpty());
    }

    public int totalCandidates() {
        return targets.stream().mapToInt(CampaignTarget::count).sum();
    }

    public boolean usesDefaultModel() {
        return DEFAULT_MODEL.equals(model);
    }

    public Optional<ComponentSettings> validator(String id) {
        return validators.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<ComponentSettings> enabledValidators() {
        return validators.stream().filter(ComponentSettings::enabled).toList();
    }

    public List<ComponentSettings> enabledVisualizers() {
        return visualizers.stream().filter(ComponentSettings::enabled).toList();
    }

    /** Every property named by any target, in first-seen order. */
    public List<String> propertyNames() {
        List<String> names = new ArrayList<>();
        for (CampaignTarget t : targets) {
            for (String n : t.targets().propertyNames()) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    public Recipe withOutputDir(String dir) {
        return new Recipe(name, description, model, data, seed, startsPerCandidate, dir, generator, optimizer, targets,
                validators, visualizers, sunRule, allowedElements, excludedElements,
                timeLimits);
    }

    public Recipe withModel(String newModel) {
        return new Recipe(name, description, newModel, data, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators, visualizers, sunRule, allowedElements, excludedElements,
                timeLimits);
    }

    public Recipe withData(String newData) {
        return new Recipe(name, description, model, newData, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators, visualizers, sunRule, allowedElements, excludedElements,
                timeLimits);
    }

    public Recipe withTargets(List<CampaignTarget> newTargets, int newStarts) {
        return new Recipe(name, description, model, data, seed, newStarts, outputDir, generator, optimizer, newTargets,
                validators, visualizers, sunRule, allowedElements, excludedElements,
                timeLimits);
    }

    public Recipe withComponents(ComponentSettings newGenerator, ComponentSettings newOptimizer,
            List<ComponentSettings> newValidators, List<ComponentSettings> newVisualizers) {
        return new Recipe(name, description, model, data, seed, startsPerCandidate, outputDir, newGenerator,
                newOptimizer, targets, newValidators, newVisualizers, sunRule, allowedElements, excludedElements,
                timeLimits);
    }

    public Recipe withElements(Set<String> allowed, Set<String> excluded) {
        return new Recipe(name, description, model, data, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators, visualizers, sunRule, allowed, excluded, timeLimits);
    }

    public Recipe withTimeLimits(TimeLimits limits) {
        return new Recipe(name, description, model, data, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators, visualizers, sunRule, allowedElements, excludedElements, limits);
    }

    public Recipe withSunRule(List<String> rule) {
        return new Recipe(name, description, model, data, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators, visualizers, rule, allowedElements, excludedElements, timeLimits);
    }
}
