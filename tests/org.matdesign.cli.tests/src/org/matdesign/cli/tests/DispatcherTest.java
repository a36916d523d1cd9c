package org.matdesign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.CommandGroup;
import org.matdesign.cli.Dispatcher;

class DispatcherTest {

    /** A command that echoes --word, fails on --fail, and knows nothing else. */
    private static final Command ECHO = new Command() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "Echo a word";
        }

        @Override
        public String usage() {
            return "usage: matdesign echo --word W [--fail]";
        }

        @Override
        public int run(Args raw, PrintStream out, PrintStream err) {
            Args args = raw.parse(Set.of("word"), Set.of("fail"));
            if (args.has("fail")) {
                throw new CommandFailure("asked to fail");
            }
            out.println(args.require("word"));
            return 0;
        }
    };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return new Dispatcher("matdesign", List.of(ECHO)).run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsCommandsAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("echo  Echo a word"));
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: matdesign COMMAND"));
    }

    @Test
    void unknownCommandAndUnknownOptionAreUsageErrorsOnOneLine() {
        assertEquals(2, run("nope"));
        assertEquals(2, run("echo", "--colour", "red"));
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertEquals("matdesign: unknown command 'nope' (see 'matdesign --help')", lines[0]);
        assertTrue(lines[1].startsWith("matdesign echo: unknown option --colour"), lines[1]);
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertEquals(2, run("echo"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing required option --word"));
    }

    @Test
    void commandHelpShowsUsage() {
        assertEquals(0, run("echo", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: matdesign echo"));
    }

    @Test
    void helpOfAGroupMemberIsTheMembersHelp() {
        Dispatcher dispatcher = new Dispatcher("matdesign", List.of(new CommandGroup("bench",
                "Run a benchmark", List.of(ECHO))));
        assertEquals(0, dispatcher.run(new String[] {"bench", "echo", "--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: matdesign echo"));
        out.reset();
        assertEquals(0, dispatcher.run(new String[] {"bench", "--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: matdesign bench KIND"));
    }

    @Test
    void successAndFailureExitCodes() {
        assertEquals(0, run("echo", "--word=hello"));
        assertEquals("hello\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("echo", "--word", "x", "--fail"));
        assertEquals("matdesign echo: asked to fail\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void deviceIsAnOptionOfEveryCommandCheckedBeforeItRuns() {
        String before = System.getProperty("matdesign.device");
        try {
            assertEquals(0, run("echo", "--device", "cpu", "--word", "hi"));
            assertEquals("hi", out.toString(StandardCharsets.UTF_8).strip(), "the command never sees --device");
            assertEquals("cpu", System.getProperty("matdesign.device"));
            assertEquals(2, run("echo", "--word", "hi", "--device", "tpu"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--device 'tpu': expected auto, cpu, gpu or gpu:N"),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals(2, run("echo", "--device"));
            assertEquals(0, run("--help"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("--device auto|cpu|gpu[:N]"));
        } finally {
            if (before == null) {
                System.clearProperty("matdesign.device");
            } else {
                System.setProperty("matdesign.device", before);
            }
        }
    }
}
