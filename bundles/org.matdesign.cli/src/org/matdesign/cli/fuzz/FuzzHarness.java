package org.matdesign.cli.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Feeds every target seeded inputs: first each seed unchanged (they must parse), then mutations of them
 * ({@link Mutator}), taking turns among the targets and between reading from memory and from a file where a target
 * does both; last, one large junk file to every target that reads files. Each input is read on a worker with a time
 * bound ({@link BoundedRunner}) and classified ({@link Outcome}). Inputs are made one at a time and dropped after
 * reading, so memory holds one input (a few MB at most; the junk file stays on disk).
 */
public final class FuzzHarness {

    /** Past this many abandoned workers the run stops: each may still be spinning on a core. */
    static final int MAX_HANGS = 10;
    private static final String TOO_MANY_HANGS = MAX_HANGS + " inputs hung; each left a worker thread running";

    /**
     * @param inputs          inputs in all, the junk file's reads included
     * @param timeBoundMillis longest time one input may take
     * @param junkMegabytes   size of the junk file; 0 for none
     */
    public record Settings(int inputs, long seed, long timeBoundMillis, int junkMegabytes) {
        public Settings {
            if (inputs < 1) {
                throw new IllegalArgumentException("the number of inputs must be at least 1, got " + inputs);
            }
            if (timeBoundMillis < 1) {
                throw new IllegalArgumentException("the time bound must be at least 1 ms, got " + timeBoundMillis);
            }
            if (junkMegabytes < 0) {
                throw new IllegalArgumentException("the junk file size must not be negative, got " + junkMegabytes);
            }
        }
    }

    private final List<FuzzTarget> targets;
    private final Settings settings;
    private final Path workDir;

    /** @param workDir an existing folder for the input files; they are deleted after reading */
    public FuzzHarness(List<FuzzTarget> targets, Settings settings, Path workDir) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no fuzz targets");
        }
        this.targets = List.copyOf(targets);
        this.settings = settings;
        this.workDir = workDir;
    }

    public FuzzReport run() throws IOException, InterruptedException {
        FuzzReport report = new FuzzReport(settings, targets);
        List<FuzzTarget> fileTargets = targets.stream().filter(FuzzTarget::readsFiles).toList();
        int junkReads = settings.junkMegabytes() > 0 ? Math.min(fileTargets.size(), settings.inputs()) : 0;
        try (HeapPeak heap = new HeapPeak(); BoundedRunner runner = new BoundedRunner(settings.timeBoundMillis())) {
            long start = System.nanoTime();
            Random random = new Random(settings.seed());
            String stopped = readMutations(runner, report, random, settings.inputs() - junkReads);
            if (stopped == null && junkReads > 0) {
                stopped = readJunk(runner, report, random, fileTargets.subList(0, junkReads));
            }
            report.finish((System.nanoTime() - start) / 1e9, heap.peakBytes(), stopped);
        }
        return report;
    }

    /** The seeds, then mutations, in turns among the targets; why the run stopped early, or null. */
    private String readMutations(BoundedRunner runner, FuzzReport report, Random random, int count)
            throws IOException, InterruptedException {
        Mutator mutator = new Mutator(random);
        for (int i = 0; i < count; i++) {
            FuzzTarget target = targets.get(i % targets.size());
            int round = i / targets.size();
            List<byte[]> seeds = target.seeds();
            Mutator.Mutation m = round < seeds.size() ? new Mutator.Mutation("seed unchanged", seeds.get(round))
                    : mutator.mutate(seeds.get(random.nextInt(seeds.size())));
            boolean fromFile = !target.readsMemory() || (target.readsFiles() && round % 2 == 1);
            String name = "fuzz-" + target.name() + "-" + i + target.extension();
            if (fromFile) {
                Path file = workDir.resolve(name);
                Files.write(file, m.content());
                try {
                    read(runner, report, target, file.toString(), m.description(), m.content(), () -> {
                        target.read(file);
                        return null;
                    });
                } finally {
                    Files.deleteIfExists(file);
                }
            } else {
                read(runner, report, target, name, m.description(), m.content(), () -> {
                    target.read(m.content(), name);
                    return null;
                });
            }
            if (tooManyHangs(runner)) {
                return TOO_MANY_HANGS;
            }
        }
        return null;
    }

    /** One junk file, written to disk and read by every target that reads files; deleted after. */
    private String readJunk(BoundedRunner runner, FuzzReport report, Random random, List<FuzzTarget> readers)
            throws IOException, InterruptedException {
        Path junk = workDir.resolve("fuzz-junk-" + settings.junkMegabytes() + "mb.txt");
        try {
            JunkFile.write(junk, (long) settings.junkMegabytes() << 20, random);
            byte[] preview = head(junk);
            for (FuzzTarget target : readers) {
                read(runner, report, target, junk.toString(), settings.junkMegabytes() + " MB of junk", preview, () -> {
                    target.read(junk);
                    return null;
                });
                if (tooManyHangs(runner)) {
                    return TOO_MANY_HANGS;
                }
            }
            return null;
        } finally {
            Files.deleteIfExists(junk);
        }
    }

    private void read(BoundedRunner runner, FuzzReport report, FuzzTarget target, String input, String mutation,
            byte[] content, Callable<?> reading) throws InterruptedException {
        BoundedRunner.Result r = runner.run(reading);
        Outcome outcome = r.timedOut() ? Outcome.HANG
                : r.error() == null ? Outcome.PARSED
                : target.isCleanError(r.error(), input) ? Outcome.CLEAN_ERROR : Outcome.CRASH;
        report.record(target.name(), outcome, r.nanos(), input, mutation);
        if (outcome == Outcome.CRASH || outcome == Outcome.HANG) {
            report.problem(new FuzzReport.Problem(target.name(), outcome, input, mutation,
                    outcome == Outcome.HANG ? "still running after " + settings.timeBoundMillis() + " ms"
                            : describe(r.error(), target, input),
                    Preview.of(content)));
        }
    }

    private static String describe(Throwable error, FuzzTarget target, String input) {
        String what = Preview.shorten(String.valueOf(error), 300);
        if (target.documentedError().isInstance(error)) {
            what = "the message does not name " + input + ": " + what;
        }
        StackTraceElement[] stack = error.getStackTrace();
        StringBuilder at = new StringBuilder(what);
        for (int k = 0; k < Math.min(4, stack.length); k++) {
            at.append("\n    at ").append(stack[k]);
        }
        return at.toString();
    }

    private static boolean tooManyHangs(BoundedRunner runner) {
        return runner.abandoned() >= MAX_HANGS;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Preview.LENGTH);
        }
    }
}
