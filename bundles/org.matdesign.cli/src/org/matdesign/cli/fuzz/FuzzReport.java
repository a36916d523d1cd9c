package org.matdesign.cli.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of outcomes per target, the first crashes and hangs with what produced them, wall time and peak heap; and
 * their printout. Built by {@link FuzzHarness}.
 */
public final class FuzzReport {

    /** Problems kept in full; the rest are only counted. */
    static final int MAX_PROBLEMS = 10;

    /** A crash or hang: which target, which input, what was done to it, what happened, and how the input began. */
    public record Problem(String target, Outcome outcome, String input, String mutation, String error,
            String preview) {
    }

    private final FuzzHarness.Settings settings;
    private final Map<String, EnumMap<Outcome, Integer>> counts = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long slowestNanos;
    private String slowest = "";
    private double wallSeconds;
    private long peakHeapBytes;
    private String stoppedEarly;

    FuzzReport(FuzzHarness.Settings settings, List<FuzzTarget> targets) {
        this.settings = settings;
        targets.forEach(t -> counts.put(t.name(), new EnumMap<>(Outcome.class)));
    }

    void record(String target, Outcome outcome, long nanos, String input, String mutation) {
        counts.get(target).merge(outcome, 1, Integer::sum);
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = target + " " + input + " (" + mutation + ")";
        }
    }

    void problem(Problem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }

    void finish(double wallSeconds, long peakHeapBytes, String stoppedEarly) {
        this.wallSeconds = wallSeconds;
        this.peakHeapBytes = peakHeapBytes;
        this.stoppedEarly = stoppedEarly;
    }

    /** Inputs of one outcome, over all targets. */
    public int count(Outcome outcome) {
        int n = 0;
        for (EnumMap<Outcome, Integer> c : counts.values()) {
            n += c.getOrDefault(outcome, 0);
        }
        return n;
    }

    /** Inputs of one outcome for one target. */
    public int count(String target, Outcome outcome) {
        return counts.get(target).getOrDefault(outcome, 0);
    }

    /** Inputs read, over all targets. */
    public int inputs() {
        int n = 0;
        for (Outcome o : Outcome.values()) {
            n += count(o);
        }
        return n;
    }

    /** Inputs of one target. */
    public int inputs(String target) {
        int n = 0;
        for (Outcome o : Outcome.values()) {
            n += count(target, o);
        }
        return n;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public double wallSeconds() {
        return wallSeconds;
    }

    /** The most heap in use at once during the run; 0 when the JVM does not tell. */
    public long peakHeapBytes() {
        return peakHeapBytes;
    }

    /** Why the run ended before all inputs were read, or null. */
    public String stoppedEarly() {
        return stoppedEarly;
    }

    /** No crash, no hang, every input read. */
    public boolean clean() {
        return count(Outcome.CRASH) == 0 && count(Outcome.HANG) == 0 && stoppedEarly == null;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "fuzz: seed %d, time bound %d ms per input, junk file %d MB%n", settings.seed(),
                settings.timeBoundMillis(), settings.junkMegabytes());
        String format = "%-10s %8s %8s %13s %8s %6s%n";
        out.printf(Locale.ROOT, format, "target", "inputs", "parsed", "clean errors", "crashes", "hangs");
        for (String t : counts.keySet()) {
            out.printf(Locale.ROOT, format, t, inputs(t), count(t, Outcome.PARSED), count(t, Outcome.CLEAN_ERROR),
                    count(t, Outcome.CRASH), count(t, Outcome.HANG));
        }
        out.printf(Locale.ROOT, format, "all", inputs(), count(Outcome.PARSED), count(Outcome.CLEAN_ERROR),
                count(Outcome.CRASH), count(Outcome.HANG));
        out.printf(Locale.ROOT, "inputs %d, parsed %d, clean errors %d, crashes %d, hangs %d%n", inputs(),
                count(Outcome.PARSED), count(Outcome.CLEAN_ERROR), count(Outcome.CRASH), count(Outcome.HANG));
        out.printf(Locale.ROOT, "wall time %.1f s, peak heap %s (of at most %d MB), slowest input %.0f ms: %s%n",
                wallSeconds, peakHeapBytes > 0 ? (peakHeapBytes >> 20) + " MB" : "unknown",
                Runtime.getRuntime().maxMemory() >> 20, slowestNanos / 1e6, slowest);
        if (stoppedEarly != null) {
            out.println("stopped early: " + stoppedEarly);
        }
        int shown = 0;
        for (Problem p : problems) {
            out.printf(Locale.ROOT, "%n%s %d: %s %s (%s)%n  %s%n  input begins: %s%n", p.outcome(), ++shown, p.target(),
                    p.input(), p.mutation(), p.error(), p.preview());
        }
        int more = count(Outcome.CRASH) + count(Outcome.HANG) - problems.size();
        if (more > 0) {
            out.printf(Locale.ROOT, "%n... and %d more crashes or hangs%n", more);
        }
    }
}
