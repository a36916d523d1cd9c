package org.matdesign.cli;

import java.util.List;

/**
 * What a bundle contributes to the {@code matdesign} command on the extension point
 * {@code org.matdesign.cli.commands}: top-level commands and members of the {@code evaluate} and {@code bench}
 * groups. A model bundle brings its own train/evaluate commands this way, so the CLI depends on no model.
 */
public interface CommandContribution {

    List<Command> commands();

    default List<Command> evaluations() {
        return List.of();
    }

    default List<Command> benchmarks() {
        return List.of();
    }
}
