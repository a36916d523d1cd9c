package org.matdesign.cli.analysis;

import java.util.List;
import org.matdesign.cli.Command;

/** The analysis commands: structure matching, validity, CDVAE-style evaluations and their benchmarks. */
public final class AnalysisCommands {

    private AnalysisCommands() {
    }

    public static List<Command> all() {
        return List.of(new MatchCommand(), new ValidateCommand(), new FingerprintCommand());
    }

    /** Sub-commands of {@code matdesign bench}. */
    public static List<Command> benchmarks() {
        return List.of(new BenchMatchCommand(), new BenchAgreementCommand(), new BenchValidityCommand(),
                new BenchGenMetricsCommand());
    }

    /** Sub-commands of {@code matdesign evaluate}. */
    public static List<Command> evaluations() {
        return List.of(new EvaluateReconCommand(), new EvaluateGenCommand(), new EvaluateOptCommand());
    }
}
