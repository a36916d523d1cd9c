package org.matdesign.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.fuzz.FuzzCommands;
import org.matdesign.cli.fuzz.FuzzHarness;
import org.matdesign.cli.fuzz.FuzzReport;
import org.matdesign.cli.fuzz.FuzzTarget;
import org.matdesign.cli.fuzz.FuzzTargets;
import org.matdesign.cli.fuzz.Outcome;
import org.matdesign.core.io.StructureParseException;

/**
 * The readers of user files survive seeded mutations and a 100 MB junk file: every input parses or fails with the
 * reader's documented error naming it, in time. And the harness does count crashes and hangs, so its zeros mean
 * something.
 */
class FuzzHarnessTest {

    private static final int INPUTS = 2_100;
    private static final int JUNK_MB = 100;

    @Test
    void everySeedParses() {
        for (FuzzTarget target : FuzzTargets.all()) {
            for (int i = 0; i < target.seeds().size(); i++) {
                byte[] seed = target.seeds().get(i);
                String name = target.name() + " seed " + i;
                if (target.readsMemory()) {
                    assertDoesNotThrow(() -> target.read(seed, name), name);
                }
            }
        }
    }

    @Test
    void readersSurviveTwoThousandMutatedInputsAndAJunkFile(@TempDir Path dir) throws Exception {
        List<FuzzTarget> targets = FuzzTargets.all();
        FuzzReport report = new FuzzHarness(targets, new FuzzHarness.Settings(INPUTS, 20240611, 5_000, JUNK_MB), dir)
                .run();
        report.print(System.out);
        assertEquals(0, report.count(Outcome.CRASH), "crashes: " + report.problems());
        assertEquals(0, report.count(Outcome.HANG), "hangs: " + report.problems());
        assertTrue(report.clean());
        assertEquals(INPUTS, report.inputs());
        int seeds = 0;
        for (FuzzTarget t : targets) {
            assertTrue(report.inputs(t.name()) > INPUTS / targets.size() / 2, t.name() + " got too few inputs");
            assertTrue(report.count(t.name(), Outcome.CLEAN_ERROR) > 0, t.name() + " never failed");
            seeds += t.seeds().size();
        }
        // the mutations really break inputs: most of them are errors
        long junkReads = targets.stream().filter(FuzzTarget::readsFiles).count();
        long mutated = INPUTS - seeds - junkReads;
        assertTrue(report.count(Outcome.CLEAN_ERROR) > 0.6 * mutated, "only " + report.count(Outcome.CLEAN_ERROR)
                + " of " + mutated + " mutated inputs were errors");
        assertTrue(report.count(Outcome.PARSED) >= seeds, "the seeds parse");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "the inputs, the junk file among them, are deleted");
        }
    }

    @Test
    void crashesHangsAndUnnamedErrorsAreCounted(@TempDir Path dir) throws Exception {
        List<byte[]> seeds = List.of("x".getBytes(StandardCharsets.UTF_8));
        List<FuzzTarget> targets = List.of(
                new FuzzTarget("fine", ".txt", seeds, StructureParseException.class, (content, name) -> { }, null),
                new FuzzTarget("npe", ".txt", seeds, StructureParseException.class, (content, name) -> {
                    throw new NullPointerException("a reader bug");
                }, null),
                new FuzzTarget("slow", ".txt", seeds, StructureParseException.class, (content, name) -> {
                    Thread.sleep(60_000);
                }, file -> Thread.sleep(60_000)),
                new FuzzTarget("unnamed", ".txt", seeds, StructureParseException.class, null, file -> {
                    throw new StructureParseException("somewhere", 1, "the message names another input");
                }));
        FuzzReport report = new FuzzHarness(targets, new FuzzHarness.Settings(18, 7, 200, 1), dir).run();
        // 16 inputs in turn, 4 per target, then the 1 MB junk file to the two targets that read files
        assertEquals(4, report.count("fine", Outcome.PARSED));
        assertEquals(4, report.count("npe", Outcome.CRASH));
        assertEquals(5, report.count("slow", Outcome.HANG));
        assertEquals(5, report.count("unnamed", Outcome.CRASH));
        assertEquals(0, report.count(Outcome.CLEAN_ERROR));
        assertTrue(!report.clean());
        FuzzReport.Problem first = report.problems().get(0);
        assertEquals("npe", first.target());
        assertTrue(first.error().contains("NullPointerException: a reader bug"), first.error());
        assertNotNull(report.problems().stream().filter(p -> p.outcome() == Outcome.HANG).findFirst().orElse(null));
        assertTrue(report.problems().stream().anyMatch(p -> p.error().contains("does not name")));
    }

    @Test
    void manyHangsStopTheRun(@TempDir Path dir) throws Exception {
        List<FuzzTarget> targets = List.of(new FuzzTarget("slow", ".txt", List.of(new byte[] {'x'}),
                StructureParseException.class, (content, name) -> Thread.sleep(60_000), null));
        FuzzReport report = new FuzzHarness(targets, new FuzzHarness.Settings(100, 7, 50, 0), dir).run();
        assertEquals(10, report.count(Outcome.HANG));
        assertNotNull(report.stoppedEarly());
    }

    @Test
    void benchFuzzPrintsTheCountsAndExitsZeroWhenClean() throws Exception {
        Command fuzz = FuzzCommands.benchmarks().get(0);
        assertEquals("fuzz", fuzz.name());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = fuzz.run(Args.of(List.of("--inputs", "60", "--seed", "3", "--junk-mb", "1")),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("inputs 60, parsed "), text);
        assertTrue(text.contains(", crashes 0, hangs 0"), text);
        assertTrue(text.contains("peak heap"), text);
    }
}
