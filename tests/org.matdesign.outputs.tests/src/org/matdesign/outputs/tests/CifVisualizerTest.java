package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.DesignResults;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.Settings;
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.NamedStructure;
import org.matdesign.outputs.CifVisualizer;

class CifVisualizerTest {

    @TempDir
    Path tmp;

    @Test
    void oneCifPerCandidateThatReadsBack() throws Exception {
        DesignResults results = Fixtures.results();
        new CifVisualizer().write(results, Settings.none(), new TempOutputFiles(tmp), new NullProgressMonitor());
        for (RankedCandidate c : results.candidates()) {
            Path file = tmp.resolve(c.id() + ".cif");
            assertTrue(Files.isRegularFile(file), file + " written");
            List<NamedStructure> back = new CifReader().parseNamed(file);
            assertEquals(1, back.size());
            String formula = c.candidate().structure().composition().reducedFormula();
            assertEquals(c.id() + "_" + formula, back.get(0).name(), "data block id_formula");
            assertEquals(formula, back.get(0).structure().composition().reducedFormula());
            assertEquals(c.candidate().structure().size(), back.get(0).structure().size());
            assertEquals(c.candidate().structure().lattice().volume(), back.get(0).structure().lattice().volume(),
                    1e-6);
        }
        try (var files = Files.list(tmp)) {
            assertEquals(3, files.count(), "nothing else written");
        }
    }
}
