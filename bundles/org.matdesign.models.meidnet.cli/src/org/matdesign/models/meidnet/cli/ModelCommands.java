package org.matdesign.models.meidnet.cli;

import java.util.List;

import org.matdesign.cli.Command;
import org.matdesign.cli.CommandContribution;

/**
 * The MEIDNet model commands ({@code train}, {@code evaluate model|fusion}, {@code bench train}), contributed to
 * the {@code matdesign} command on {@code org.matdesign.cli.commands}.
 */
public final class ModelCommands implements CommandContribution {

    @Override
    public List<Command> commands() {
        return List.of(new TrainCommand());
    }

    @Override
    public List<Command> evaluations() {
        return List.of(new EvaluateModelCommand(), new EvaluateFusionCommand());
    }

    @Override
    public List<Command> benchmarks() {
        return List.of(new BenchTrainCommand());
    }
}
