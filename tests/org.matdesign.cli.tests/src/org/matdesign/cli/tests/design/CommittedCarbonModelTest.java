package org.matdesign.cli.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Command;
import org.matdesign.cli.design.DesignCommands;
import org.matdesign.cli.tests.design.DesignTestSupport.Result;

/**
 * The committed Carbon-24 model (models/meidnet-carbon_24) designs for the property it learned, needs no data folder,
 * and is judged by the predictor trained on Carbon-24, not by the Perov-5 one.
 */
class CommittedCarbonModelTest {

    @TempDir
    Path tmp;

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
    }

    private static Path model() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("models/meidnet-carbon_24");
            if (Files.isRegularFile(candidate.resolve("model.json"))) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void designsForEnergyPerAtomJudgedByTheCarbonPredictor() throws IOException {
        Path model = model();
        assertNotNull(model, "models/meidnet-carbon_24 not found above the working directory");
        Path out = tmp.resolve("carbon");
        Result r = DesignTestSupport.run(new ArrayList<Command>(DesignCommands.all(() -> registry)), "design",
                "--model", model.toString(), "--target", "energy_per_atom=-154.2", "--count", "2", "--starts", "2",
                "--steps", "3", "--validators", "structural_validity,independent_property", "--sun",
                "structural_validity", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("candidates.csv"));
        assertTrue(rows.get(0).contains("independent_property.energy_per_atom"), rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(row.contains("independent (cgcnn.carbon_24): energy_per_atom="), row);
        }
        assertEquals(3, rows.size(), String.join("\n", rows));
    }
}
