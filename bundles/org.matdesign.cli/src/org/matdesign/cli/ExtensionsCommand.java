package org.matdesign.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;

/** {@code matdesign extensions}: every contribution (role, id, name, contributing bundle) and registry problems. */
final class ExtensionsCommand implements Command {

    private final Supplier<ContributionRegistry> registry;

    ExtensionsCommand(Supplier<ContributionRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "extensions";
    }

    @Override
    public String summary() {
        return "List the installed generators, optimizers, validators and visualizers";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign extensions [--role generator|optimizer|validator|visualizer]

                Lists every contribution: role, id, name and the bundle that contributes it, then any problem
                the registry met (duplicate ids, missing attributes).
                  --role ROLE   only this role""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("role"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        String only = args.get("role", null);
        ContributionRegistry contributions = registry.get();
        if (contributions == null) {
            throw new CommandFailure("the contribution registry is not running (is org.apache.felix.scr started?)");
        }
        out.printf("%-11s %-28s %-40s %s%n", "ROLE", "ID", "NAME", "BUNDLE");
        boolean roleKnown = only == null;
        for (Role role : Role.values()) {
            if (only != null && !role.label().equals(only)) {
                continue;
            }
            roleKnown = true;
            List<Contribution> list = contributions.contributions(role);
            for (Contribution c : list) {
                out.printf("%-11s %-28s %-40s %s%n", role.label(), c.id(), c.name(), c.bundle());
            }
        }
        if (!roleKnown) {
            throw new UsageException("unknown role '" + only + "'");
        }
        for (String problem : contributions.problems()) {
            err.println("warning: " + problem);
        }
        return Dispatcher.OK;
    }
}
