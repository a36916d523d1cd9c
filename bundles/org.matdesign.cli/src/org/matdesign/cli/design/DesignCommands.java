package org.matdesign.cli.design;

import java.util.List;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Command;

/** The inverse-design commands: {@code design}, {@code run}, {@code benchmark} and {@code bench design}. */
public final class DesignCommands {

    private DesignCommands() {
    }

    /** With an explicit registry source (tests may pass {@code ContributionRegistry.of(...)}). */
    public static List<Command> all(Supplier<ContributionRegistry> registry) {
        return List.of(new DesignCommand(registry), new RunCommand(registry), new BenchmarkCommand(registry));
    }

    public static List<Command> benchmarks(Supplier<ContributionRegistry> registry) {
        return List.of(new BenchDesignCommand(registry));
    }
}
