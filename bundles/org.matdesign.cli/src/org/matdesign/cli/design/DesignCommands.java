package org.matdesign.cli.design;

import java.util.List;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Command;
import org.matdesign.cli.Registry;

/** The inverse-design commands: {@code design}, {@code run} and {@code bench design}. */
public final class DesignCommands {

    private DesignCommands() {
    }

    public static List<Command> all() {
        return all(Registry::get);
    }

    public static List<Command> benchmarks() {
        return benchmarks(Registry::get);
    }

    /** With an explicit registry source (tests may pass {@code ContributionRegistry.of(...)}). */
    public static List<Command> all(Supplier<ContributionRegistry> registry) {
        return List.of(new DesignCommand(registry), new RunCommand(registry));
    }

    public static List<Command> benchmarks(Supplier<ContributionRegistry> registry) {
        return List.of(new BenchDesignCommand(registry));
    }
}
