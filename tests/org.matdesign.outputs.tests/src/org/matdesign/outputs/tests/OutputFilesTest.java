package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignResults;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.Settings;
import org.matdesign.outputs.CifVisualizer;
import org.matdesign.outputs.CsvVisualizer;
import org.matdesign.outputs.JsonVisualizer;
import org.matdesign.outputs.ProvenanceVisualizer;
import org.matdesign.outputs.ReportVisualizer;

/** A name the output folder refuses (already claimed) reaches the caller as an IOException, not a silent overwrite. */
class OutputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondWriteOfTheSameFileIsRefused() throws Exception {
        TempOutputFiles out = new TempOutputFiles(tmp);
        DesignResults r = Fixtures.results();
        new CsvVisualizer().write(r, Settings.none(), out, new NullProgressMonitor());
        assertThrows(IOException.class, () -> new CsvVisualizer().write(r, Settings.none(), out,
                new NullProgressMonitor()));
        new JsonVisualizer().write(r, Settings.none(), out, new NullProgressMonitor());
        assertThrows(IOException.class, () -> new JsonVisualizer().write(r, Settings.none(), out,
                new NullProgressMonitor()));
        new ProvenanceVisualizer().write(r, Settings.none(), out, new NullProgressMonitor());
        assertThrows(IOException.class, () -> new ProvenanceVisualizer().write(r, Settings.none(), out,
                new NullProgressMonitor()));
        new ReportVisualizer().write(r, Settings.none(), out, new NullProgressMonitor());
        assertThrows(IOException.class, () -> new ReportVisualizer().write(r, Settings.none(), out,
                new NullProgressMonitor()));
    }

    @Test
    void twoCandidatesWithOneIdCannotShareACif() {
        DesignResults r = Fixtures.results();
        Candidate twin = r.candidates().get(1).candidate().withId(r.candidates().get(0).id());
        DesignResults twins = new DesignResults(r.name(), r.targets(), r.targetLabels(), r.propertyUnits(),
                r.stages(), r.sunRule(), List.of(r.candidates().get(0), new RankedCandidate(2, 1, twin, false)),
                r.funnel(), r.coverage(), r.problems(), r.recipeJson(), r.command(), r.startedAt(), r.finishedAt(),
                r.facts());
        IOException e = assertThrows(IOException.class, () -> new CifVisualizer().write(twins, Settings.none(),
                new TempOutputFiles(tmp), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("t1-c001.cif"), e.getMessage());
    }

    @Test
    void anIdThatLooksLikeAPathStaysInsideTheFolder() throws Exception {
        DesignResults r = Fixtures.results();
        Candidate odd = r.candidates().get(0).candidate().withId("../up/and out");
        DesignResults one = new DesignResults(r.name(), r.targets(), r.targetLabels(), r.propertyUnits(),
                r.stages(), r.sunRule(), List.of(new RankedCandidate(1, 0, odd, true)), r.funnel(), r.coverage(),
                r.problems(), r.recipeJson(), r.command(), r.startedAt(), r.finishedAt(), r.facts());
        new CifVisualizer().write(one, Settings.none(), new TempOutputFiles(tmp), new NullProgressMonitor());
        assertTrue(tmp.resolve(".._up_and_out.cif").toFile().isFile());
    }
}
