package org.matdesign.cli;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.matdesign.api.ContributionRegistry;

/**
 * Assembles the {@code matdesign} commands. Each area keeps its commands in a group class with static
 * {@code all()}, {@code benchmarks()} and {@code evaluations()} lists; a group whose bundle is not installed
 * (for example the ML feature) is simply absent, so the headless core works on its own.
 */
public final class Commands {

    private static final String[] GROUPS = {
        "org.matdesign.cli.core.CoreCommands",
        "org.matdesign.cli.analysis.AnalysisCommands",
        "org.matdesign.cli.model.ModelCommands",
        "org.matdesign.cli.design.DesignCommands",
    };

    private Commands() {
    }

    public static List<Command> all(Supplier<ContributionRegistry> registry) {
        List<Command> commands = new ArrayList<>();
        List<Command> benchmarks = new ArrayList<>();
        List<Command> evaluations = new ArrayList<>();
        for (String group : GROUPS) {
            commands.addAll(list(group, "all"));
            benchmarks.addAll(list(group, "benchmarks"));
            evaluations.addAll(list(group, "evaluations"));
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

    @SuppressWarnings("unchecked")
    private static List<Command> list(String className, String method) {
        try {
            Class<?> group = Class.forName(className, true, Commands.class.getClassLoader());
            Method factory = group.getMethod(method);
            return (List<Command>) factory.invoke(null);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return List.of();
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError) {
                return List.of(); // the group's optional bundles (e.g. the ML feature) are not installed
            }
            throw new IllegalStateException("command group " + className + " failed to list its commands: "
                    + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("command group " + className + " failed to list its commands: "
                    + e.getCause(), e);
        }
    }
}
