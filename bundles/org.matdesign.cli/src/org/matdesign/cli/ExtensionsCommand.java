package org.matdesign.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.matdesign.api.Setting;

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
                usage: matdesign extensions [--role generator|optimizer|validator|visualizer] [--settings]

                Lists every contribution: role, id, name and the bundle that contributes it, then any problem
                the registry met (duplicate ids, missing attributes).
                  --role ROLE   only this role
                  --settings    under each contribution, every setting it declares: key, what is allowed, default,
                                description (set one with --set ID.KEY=VALUE or in a recipe)""";
    }

    private static void printSettings(PrintStream out, Contribution c, PrintStream err) {
        List<Setting> settings = c.declaredSettings(problem -> err.println("warning: " + problem));
        if (settings.isEmpty()) {
            out.println("    (no settings)");
        }
        for (Setting s : settings) {
            out.printf("    %s.%s  %s, default %s  %s%n", c.id(), s.key(), s.allowedText(),
                    s.defaultText().isEmpty() ? "(none)" : s.defaultText(), s.description());
        }
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("role"), Set.of("settings"));
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
                if (args.has("settings")) {
                    printSettings(out, c, err);
                }
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
