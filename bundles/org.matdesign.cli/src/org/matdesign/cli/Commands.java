package org.matdesign.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.SafeCall;
import org.matdesign.cli.analysis.AnalysisCommands;
import org.matdesign.cli.core.CoreCommands;
import org.matdesign.cli.design.DesignCommands;
import org.matdesign.cli.fuzz.FuzzCommands;

/**
 * Assembles the {@code matdesign} commands: the CLI's own (core, analysis, design, fuzz) and those other bundles
 * contribute on {@code org.matdesign.cli.commands} (a model bundle's train and evaluate commands). A bundle that is
 * not installed contributes nothing; one whose contribution fails is reported on stderr and skipped.
 */
public final class Commands {

    public static final String EXTENSION_POINT = "org.matdesign.cli.commands";

    private Commands() {
    }

    public static List<Command> all(Supplier<ContributionRegistry> registry) {
        List<Command> commands = new ArrayList<>();
        List<Command> benchmarks = new ArrayList<>();
        List<Command> evaluations = new ArrayList<>();
        commands.addAll(CoreCommands.all());
        commands.addAll(AnalysisCommands.all());
        commands.addAll(DesignCommands.all(registry));
        benchmarks.addAll(CoreCommands.benchmarks());
        benchmarks.addAll(AnalysisCommands.benchmarks());
        benchmarks.addAll(DesignCommands.benchmarks(registry));
        benchmarks.addAll(FuzzCommands.benchmarks());
        evaluations.addAll(CoreCommands.evaluations());
        evaluations.addAll(AnalysisCommands.evaluations());
        for (CommandContribution c : contributed()) {
            SafeCall.call("commands of " + c.getClass().getName(), () -> {
                commands.addAll(c.commands());
                evaluations.addAll(c.evaluations());
                benchmarks.addAll(c.benchmarks());
                return Boolean.TRUE;
            }, problem -> System.err.println("warning: " + problem));
        }
        commands.add(new ExtensionsCommand(registry));
        if (!evaluations.isEmpty()) {
            commands.add(new CommandGroup("evaluate", "Compute evaluation metrics", evaluations));
        }
        if (!benchmarks.isEmpty()) {
            commands.add(new CommandGroup("bench", "Run a benchmark and print its figures", benchmarks));
        }
        return commands;
    }

    private static List<CommandContribution> contributed() {
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        List<CommandContribution> out = new ArrayList<>();
        if (extensions == null) {
            return out; // plain class path: only the CLI's own commands
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                Object created = e.createExecutableExtension("class");
                if (created instanceof CommandContribution c) {
                    out.add(c);
                } else {
                    System.err.println("warning: " + e.getContributor().getName() + ": " + created.getClass().getName()
                            + " does not implement " + CommandContribution.class.getName());
                }
            } catch (CoreException | RuntimeException | LinkageError ex) {
                System.err.println("warning: commands of " + e.getContributor().getName() + " unavailable: "
                        + SafeCall.message(ex));
            }
        }
        return out;
    }
}
