package org.matdesign.cli.model;

import org.matdesign.cli.Command;

import java.util.List;

/** The MEIDNet model commands: {@code train}, {@code evaluate model|fusion}, {@code bench train}. */
public final class ModelCommands {

    private ModelCommands() {
    }

    public static List<Command> all() {
        return List.of(new TrainCommand());
    }

    public static List<Command> evaluations() {
        return List.of(new EvaluateModelCommand(), new EvaluateFusionCommand());
    }

    public static List<Command> benchmarks() {
        return List.of(new BenchTrainCommand());
    }
}
