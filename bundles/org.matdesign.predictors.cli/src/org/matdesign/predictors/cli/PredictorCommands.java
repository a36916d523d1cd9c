package org.matdesign.predictors.cli;

import java.util.List;

import org.matdesign.cli.Command;
import org.matdesign.cli.CommandContribution;
import org.matdesign.cli.CommandGroup;

/** {@code matdesign predictor train|evaluate}, contributed on {@code org.matdesign.cli.commands}. */
public final class PredictorCommands implements CommandContribution {

    @Override
    public List<Command> commands() {
        return List.of(new CommandGroup("predictor", "Train and evaluate independent property predictors",
                List.of(new PredictorTrainCommand(), new PredictorEvaluateCommand())));
    }
}
