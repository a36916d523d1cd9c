package org.matdesign.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.DesignTarget;
import org.matdesign.engine.DesignPlan;
import org.matdesign.engine.DesignResult;
import org.matdesign.engine.DesignRun;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.Setting;

class DesignRunTest {

    private static final DesignTarget TARGET = DesignTarget.of(Map.of("band_gap", 1.0), 6, 1, 7);
    private static final Map<String, Settings> DENSITY_DEFAULTS = Map.of("example.density",
            Settings.check("example.density", List.of(Setting.number("min", 0.5, "", 0, 100, ""),
                    Setting.number("max", 25, "", 0, 100, "")), Map.of()));

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
        assertNotNull(registry, "registry service");
    }

    private DesignResult run(DesignPlan plan) {
        try (RunResources resources = new RunResources()) {
            return new DesignRun(registry, plan, resources, message -> { }).execute(new NullProgressMonitor());
        }
    }

    @Test
    void chainsGeneratorAndValidator() {
        DesignResult result = run(new DesignPlan(TARGET, List.of("example.rocksalt"), List.of(),
                List.of("example.density"), DENSITY_DEFAULTS, null, null));
        assertEquals(6, result.candidates().size());
        assertEquals(6, result.accepted().size(), "rock salt halides have ordinary densities");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Candidate first = result.candidates().get(0);
        assertTrue(first.verdicts().get("example.density").detail().contains("g/cm3"));
    }

    @Test
    void settingsReachTheContribution() {
        Settings tight = Settings.check("example.density", List.of(Setting.number("min", 0.5, "", 0, 100, ""),
                Setting.number("max", 25, "", 0, 100, "")), Map.of("max", 0.1));
        DesignResult result = run(new DesignPlan(TARGET, List.of("example.rocksalt"), List.of(),
                List.of("example.density"), Map.of("example.density", tight), null, null));
        assertEquals(0, result.accepted().size());
        assertEquals(6, result.candidates().size(), "rejected candidates stay inspectable");
    }

    @Test
    void faultyContributionsAreReportedAndTheRunGoesOn() {
        DesignResult result = run(new DesignPlan(TARGET,
                List.of("faulty.throwing", "faulty.null", "faulty.missing", "example.rocksalt", "no.such.generator"),
                List.of("faulty.garbage"), List.of("faulty.wrongcount", "faulty.notavalidator", "example.density"),
                DENSITY_DEFAULTS, null, null));
        assertEquals(5, result.candidates().size(), "the good generator's candidates survive; the optimizer's null is dropped");
        String problems = String.join("\n", result.problems());
        assertTrue(problems.contains("generator 'faulty.throwing' failed: IllegalStateException: the faulty generator broke on purpose"), problems);
        assertTrue(problems.contains("generator 'faulty.null' returned null"), problems);
        assertTrue(problems.contains("faulty.missing"), problems);
        assertTrue(problems.contains("no generator with id 'no.such.generator'"), problems);
        assertTrue(problems.contains("optimizer 'faulty.garbage' returned 1 null candidates"), problems);
        assertTrue(problems.contains("validator 'faulty.wrongcount' returned 1 verdicts"), problems);
        assertTrue(problems.contains("does not implement org.matdesign.api.Validator"), problems);
        assertTrue(result.candidates().stream().allMatch(c -> c.verdicts().keySet().equals(java.util.Set.of("example.density"))));
    }

    @Test
    void runsAsAJob() throws InterruptedException {
        try (RunResources resources = new RunResources()) {
            DesignRun job = new DesignRun(registry, new DesignPlan(TARGET, List.of("example.rocksalt"), List.of(),
                    List.of(), Map.of(), null, null), resources, message -> { });
            job.schedule();
            job.join();
            assertEquals(IStatus.OK, job.getResult().getSeverity());
            assertEquals(6, job.result().candidates().size());
        }
    }

    @Test
    void cancellationStopsTheRun() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        try (RunResources resources = new RunResources()) {
            DesignRun run = new DesignRun(registry, new DesignPlan(TARGET, List.of("example.rocksalt"), List.of(),
                    List.of(), Map.of(), null, null), resources, message -> { });
            assertThrows(OperationCanceledException.class, () -> run.execute(cancelled));
            assertNull(run.result());
        }
    }
}
