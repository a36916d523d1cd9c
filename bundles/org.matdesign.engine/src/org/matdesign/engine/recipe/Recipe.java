package org.matdesign.engine.recipe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A design campaign: several target sets with a candidate count each, the number of latent starts per candidate, the seed,
 * the model ("default" or a model directory), the generator/optimizer settings, the validator funnel with its settings,
 * and where the outputs go. Read one with {@link RecipeReader}; the {@code design} command builds one from its options.
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
        List<ComponentSettings> validators) {

    public static final String DEFAULT_MODEL = "default";
    public static final int MAX_STARTS = 4096;
    public static final String DEFAULT_GENERATOR = "meidnet";
    public static final String DEFAULT_OPTIMIZER = "meidnet.latent-adam";

    /** The paper's screening funnel in order (see ARCHITECTURE.md, data flow of a design run). */
    public static final List<String> DEFAULT_VALIDATORS = List.of(
            "structural_validity", "charge_neutrality", "uniqueness", "novelty", "independent_property",
            "stability_estimate");

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
        validators = validators == null ? defaultValidators() : List.copyOf(validators);
        Set<String> ids = new HashSet<>();
        for (ComponentSettings v : validators) {
            if (!ids.add(v.id())) {
                throw new RecipeException("validator '" + v.id() + "' is listed twice");
            }
        }
    }

    public static List<ComponentSettings> defaultValidators() {
        List<ComponentSettings> list = new ArrayList<>();
        DEFAULT_VALIDATORS.forEach(id -> list.add(ComponentSettings.enabled(id)));
        return List.copyOf(list);
    }

    /** The one-target recipe the {@code design} command runs. */
    public static Recipe single(TargetSet targets, int count, int starts, long seed, String model, String outputDir) {
        return new Recipe("design", "", model, null, seed, starts, outputDir, null, null,
                List.of(new CampaignTarget(Objects.requireNonNull(targets, "targets"), count)), null);
    }

    public int totalCandidates() {
        return targets.stream().mapToInt(CampaignTarget::count).sum();
    }

    /** Latent vectors optimised in total: every requested candidate gets {@link #startsPerCandidate()} starts. */
    public long totalStarts() {
        return (long) totalCandidates() * startsPerCandidate;
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
                validators);
    }

    public Recipe withModel(String newModel) {
        return new Recipe(name, description, newModel, data, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators);
    }

    public Recipe withData(String newData) {
        return new Recipe(name, description, model, newData, seed, startsPerCandidate, outputDir, generator, optimizer,
                targets, validators);
    }
}
