package org.matdesign.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.matdesign.engine.recipe.Recipe;

/**
 * What a caller (the CLI, the workbench, a cluster driver) asks the engine to run: a recipe, where its outputs go
 * (a new or empty folder, or one to replace when {@code overwrite}), the data folder (null when there is none: the
 * model bundles then use what they ship), how the run was started (for provenance) and where log lines go. How long
 * one call into a contribution may take is the recipe's ({@link Recipe#timeLimits()}).
 */
public record CampaignRequest(Recipe recipe, Path output, boolean overwrite, Path dataDirectory, List<String> command,
        Consumer<String> log) {

    public CampaignRequest {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(output, "output");
        command = command == null ? List.of() : List.copyOf(command);
        log = log == null ? line -> { } : log;
    }
}
