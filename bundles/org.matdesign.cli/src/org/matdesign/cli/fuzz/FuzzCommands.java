package org.matdesign.cli.fuzz;

import java.util.List;

import org.matdesign.cli.Command;

/** The fuzz benchmark of the file readers: {@code matdesign bench fuzz}. */
public final class FuzzCommands {

    private FuzzCommands() {
    }

    /** Sub-commands of {@code matdesign bench}. */
    public static List<Command> benchmarks() {
        return List.of(new FuzzBenchmark());
    }
}
