package org.matdesign.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A command whose first argument picks a sub-command, e.g. {@code matdesign bench match}. */
public final class CommandGroup implements Command {

    private final String name;
    private final String summary;
    private final Map<String, Command> members = new LinkedHashMap<>();

    public CommandGroup(String name, String summary, List<Command> members) {
        this.name = name;
        this.summary = summary;
        members.forEach(m -> this.members.put(m.name(), m));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary + " (" + String.join(", ", members.keySet()) + ")";
    }

    @Override
    public String usage() {
        return "usage: matdesign " + name + " KIND [ARGS...]\n\n" + summary + ". Kinds:\n"
                + members.values().stream().map(m -> String.format("  %-12s %s", m.name(), m.summary()))
                        .collect(Collectors.joining("\n"))
                + "\n\n'matdesign " + name + " KIND --help' describes one kind.";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        List<String> raw = args.raw();
        if (raw.isEmpty()) {
            throw new UsageException("say which kind: " + String.join(", ", members.keySet()));
        }
        Command member = members.get(raw.get(0));
        if (member == null) {
            throw new UsageException("unknown kind '" + raw.get(0) + "'; known: " + String.join(", ", members.keySet()));
        }
        List<String> rest = raw.subList(1, raw.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(member.usage());
            return Dispatcher.OK;
        }
        return member.run(Args.of(rest), out, err);
    }
}
