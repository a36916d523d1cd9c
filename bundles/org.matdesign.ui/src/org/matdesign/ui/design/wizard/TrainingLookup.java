package org.matdesign.ui.design.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.RunResources;
import org.matdesign.api.TrainingSet;
import org.matdesign.engine.GeneratorTraining;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.ui.design.DesignParameters;

/**
 * The training data of each generator the wizard offers, looked up once in a background job (a model may take a
 * moment to load) and kept until the wizard closes, so the coverage of a target can be shown while it is typed.
 */
final class TrainingLookup implements AutoCloseable {

    /** What is known of a generator's training data. */
    record Answer(TrainingSet set, String problem) {
        boolean known() {
            return set != null;
        }
    }

    private final ContributionRegistry registry;
    private final Path dataFolder;
    private final RunResources resources = new RunResources();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    TrainingLookup(ContributionRegistry registry, Path dataFolder) {
        this.registry = registry;
        this.dataFolder = dataFolder;
    }

    /** The answer when it is known, else empty and {@code whenKnown} is called (off the UI thread) once it is. */
    Optional<Answer> lookup(String generator, Consumer<Answer> whenKnown) {
        Answer known = answers.get(generator);
        if (known != null) {
            return Optional.of(known);
        }
        if (!asked.add(generator)) {
            return Optional.empty(); // already being looked up; whenKnown of the first request will be called
        }
        Job job = new Job("Reading the training data of " + generator) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Answer a = answers.computeIfAbsent(generator, TrainingLookup.this::ask);
                whenKnown.accept(a);
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
        return Optional.empty();
    }

    private Answer ask(String generator) {
        List<String> problems = new ArrayList<>();
        try {
            Recipe probe = new DesignParameters("probe", generator, null, List.of("band_gap=1"), List.of(), 1, 1, 1,
                    List.of(), Map.of()).toRecipe("probe", PropertyCatalogue.defaults()); // finds the generator's data
            Optional<TrainingSet> set = GeneratorTraining.of(registry, probe, dataFolder, resources, problems::add);
            return new Answer(set.orElse(null), set.isPresent() ? "" : problems.isEmpty()
                    ? generator + " does not tell its training data" : problems.get(0));
        } catch (RuntimeException e) {
            return new Answer(null, e.getMessage());
        }
    }

    @Override
    public void close() {
        resources.close();
    }
}
