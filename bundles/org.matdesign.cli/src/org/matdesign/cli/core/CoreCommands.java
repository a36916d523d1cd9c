package org.matdesign.cli.core;

import java.util.List;

import org.matdesign.cli.Command;
import org.matdesign.cli.CommandGroup;

/** Commands of the crystal core: {@code convert}, {@code info}, and the {@code bench parse} benchmark. */
public final class CoreCommands {

    private CoreCommands() {
    }

    /** Top-level subcommands. */
    public static List<Command> all() {
        return List.of(new ConvertCommand(), new InfoCommand(),
                new CommandGroup("dataset", "Work with the benchmark datasets", List.of(new DatasetCompactCommand())));
    }

    /** Sub-commands of {@code matdesign bench}. */
    public static List<Command> benchmarks() {
        return List.of(new ParseBenchmark());
    }

    /** Sub-commands of {@code matdesign evaluate} (none in the core). */
    public static List<Command> evaluations() {
        return List.of();
    }
}
