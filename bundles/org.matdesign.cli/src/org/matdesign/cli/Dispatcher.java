package org.matdesign.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes {@code matdesign NAME ARGS...} to a {@link Command} and turns its outcome into an exit code:
 * 0 success, 2 usage error, 1 failure, always with one clear line on stderr when it is not 0.
 */
public final class Dispatcher {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final String program;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Dispatcher(String program, List<Command> commands) {
        this.program = program;
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands are named '" + command.name() + "'");
            }
        }
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        try {
            DeviceOption.take(args);
        } catch (UsageException e) {
            err.println(program + ": " + oneLine(e.getMessage()));
            return USAGE;
        }
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                // "matdesign help bench design" reaches the member's help through the group
                if (args.size() > 2 && commands.get(args.get(1)) instanceof CommandGroup) {
                    return run(new String[] {args.get(1), args.get(2), "--help"}, out, err);
                }
                out.println(commands.get(args.get(1)).usage());
                return OK;
            }
            printOverview(args.isEmpty() ? err : out);
            return args.isEmpty() ? USAGE : OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println(program + ": unknown command '" + args.get(0) + "' (see '" + program + " --help')");
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        boolean groupMember = command instanceof CommandGroup && !rest.isEmpty() && !rest.get(0).startsWith("-");
        if (!groupMember && (rest.contains("--help") || rest.contains("-h"))) {
            out.println(command.usage());
            return OK;
        }
        return invoke(command, rest, out, err);
    }

    private int invoke(Command command, List<String> rest, PrintStream out, PrintStream err) {
        try {
            return command.run(Args.of(rest), out, err);
        } catch (UsageException e) {
            err.println(program + " " + command.name() + ": " + oneLine(e.getMessage()) + " (see '" + program + " "
                    + command.name() + " --help')");
            return USAGE;
        } catch (CommandFailure e) {
            err.println(program + " " + command.name() + ": " + oneLine(e.getMessage()));
            return FAILURE;
        } catch (Exception | LinkageError | AssertionError e) {
            err.println(program + " " + command.name() + ": " + oneLine(describe(e)));
            return FAILURE;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }

    private void printOverview(PrintStream stream) {
        stream.println("usage: " + program + " COMMAND [ARGS...]   (" + program + " COMMAND --help for details)");
        stream.println("  " + DeviceOption.USAGE);
        stream.println();
        stream.println("commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(8);
        for (Command command : commands.values()) {
            stream.printf("  %-" + width + "s  %s%n", command.name(), command.summary());
        }
    }

    /** Errors are one line on stderr, whatever a library put into its message. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
