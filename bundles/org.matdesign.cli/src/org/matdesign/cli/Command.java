package org.matdesign.cli;

import java.io.PrintStream;

/** One `matdesign` subcommand. Implementations are plain Java so they can be tested outside OSGi. */
public interface Command {

    /** The word the user types, e.g. {@code convert}. */
    String name();

    /** One line shown by {@code matdesign --help}. */
    String summary();

    /** Full help shown by {@code matdesign NAME --help}: usage line, then one line per option. */
    String usage();

    /**
     * Runs the command. {@code args} arrives unparsed: call {@code args.parse(valueOptions, switchNames)} with the
     * options the command knows (unknown options then become usage errors). Return 0 on success, 1 when the work failed. Throw {@link UsageException} for bad
     * arguments (exit 2) and {@link CommandFailure} for a failure with one clear message (exit 1).
     */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
