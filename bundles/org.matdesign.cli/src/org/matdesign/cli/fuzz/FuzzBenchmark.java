package org.matdesign.cli.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;

/** {@code matdesign bench fuzz [--inputs N] [--seed S] [--time-bound-ms MS] [--junk-mb MB]}. */
final class FuzzBenchmark implements Command {

    static final int DEFAULT_INPUTS = 10_000;
    static final long DEFAULT_TIME_BOUND_MS = 2_000;
    static final int DEFAULT_JUNK_MB = 100;

    @Override
    public String name() {
        return "fuzz";
    }

    @Override
    public String summary() {
        return "Feed the file readers mutated and junk inputs; count parses, clean errors, crashes and hangs";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench fuzz [--inputs N] [--seed S] [--time-bound-ms MS] [--junk-mb MB]

                Reads seeded mutations of small valid files (byte flips, truncation, duplicated and deleted lines,
                huge and NaN numbers, deep nesting, very long lines, binary noise) with every reader of user files:
                cif, poscar, json (pymatgen), extxyz, recipe, csv (CDVAE datasets) and compact (datasets), from
                memory and from files; then one junk file with every reader of files. Each input must parse or fail
                with the reader's documented error naming the input, within the time bound. Prints inputs, parsed,
                clean errors, crashes and hangs per reader, wall time, peak heap, then the first crashes and hangs.
                Exit code 1 when any input crashed or hung.
                  --inputs N          inputs in all (default 10000)
                  --seed S            seed of the mutations (default 1)
                  --time-bound-ms MS  longest time one input may take (default 2000)
                  --junk-mb MB        size of the junk file, written to a temporary folder (default 100; 0: none)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Args args = raw.parse(Set.of("inputs", "seed", "time-bound-ms", "junk-mb"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        FuzzHarness.Settings settings;
        try {
            settings = new FuzzHarness.Settings(args.getInt("inputs", DEFAULT_INPUTS), seed(args),
                    args.getInt("time-bound-ms", (int) DEFAULT_TIME_BOUND_MS), args.getInt("junk-mb", DEFAULT_JUNK_MB));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path workDir = Files.createTempDirectory("matdesign-fuzz-");
        FuzzReport report;
        try {
            report = new FuzzHarness(FuzzTargets.all(), settings, workDir).run();
        } finally {
            deleteTree(workDir);
        }
        report.print(out);
        return report.clean() ? 0 : 1;
    }

    private static long seed(Args args) {
        String value = args.get("seed", "1");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option --seed expects an integer, got '" + value + "'");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
