package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The committed default model loads from the bundle, verifies, and carries its provenance. */
class DefaultModelTest {

    @Test
    void loadsWithConfigurationAndTrainingRecord() throws IOException {
        try (MeidnetModel model = MeidnetModel.loadDefault()) {
            assertEquals(List.of("band_gap", "formation_energy"), model.propertyNames());
            assertEquals("dir_gap", model.config().property("band_gap").column());
            assertEquals("heat_all", model.config().property("formation_energy").column());
            assertEquals(FusionMode.EARLY_CL, model.config().fusion());
            assertEquals(64, model.checksum().length());
            var record = model.trainingRecord();
            assertTrue(record.has("dataSha256") && record.has("epochs") && record.has("seed"), record.toString());
            assertTrue(record.has("heldOutMetrics"), "held-out metrics missing from the record");
            try (NDScope s = new NDScope()) {
                s.suppressNotUsedWarning();
                NDArray z = model.encodeProperties(new double[][] {{1.2, 0.5}, {0, 1.5}});
                assertEquals(2, model.toStructures(model.decode(z)).size());
                double norm = z.get(0).square().sum().getFloat();
                assertEquals(1.0, norm, 1e-4);
            }
        }
    }
}
