package org.matdesign.models.meidnet.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.TrainableModel;
import org.matdesign.core.data.DataLocation;

/** MEIDNet on the training contract the workbench's monitor uses (needs the shared Perov-5 data). */
class MeidnetTrainableModelTest {

    @TempDir
    Path tmp;

    private static Path data() {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && data.get().resolve("perov_5").toFile().isDirectory(),
                "shared data folder not available");
        return data.get();
    }

    @Test
    void oneEpochReportsTrainingAndValidationLossesAndSavesTheModel() throws Exception {
        Path data = data();
        List<TrainableModel.Epoch> heard = new ArrayList<>();
        Path out = tmp.resolve("model");
        Path saved = new MeidnetGenerativeModel().train(new TrainableModel.Request("perov_5", data, out, 1, 7, false),
                heard::add, new NullProgressMonitor());
        assertEquals(out, saved);
        assertEquals(1, heard.size());
        TrainableModel.Epoch e = heard.get(0);
        assertTrue(Double.isFinite(e.losses().get("loss")) && Double.isFinite(e.heldOut().get("loss")), e.toString());
        assertTrue(Files.readString(out.resolve("model.json")).contains("workbench training monitor"));
    }

    @Test
    void refusesAFolderThatHoldsFilesAndADatasetItCannotTrainOn() throws Exception {
        Path data = data();
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        CoreException e = assertThrows(CoreException.class, () -> new MeidnetGenerativeModel().train(
                new TrainableModel.Request("perov_5", data, used, 1, 7, false), x -> { }, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("already holds files"), e.getMessage());
        assertEquals("mine", Files.readString(used.resolve("notes.txt")));
        CoreException d = assertThrows(CoreException.class, () -> new MeidnetGenerativeModel().train(
                new TrainableModel.Request("qm9", data, tmp.resolve("qm9"), 1, 7, false), x -> { },
                new NullProgressMonitor()));
        assertTrue(d.getMessage().contains("not supported by MEIDNet training"), d.getMessage());
    }

    @Test
    void aCancelledTrainingReturnsNothing() throws Exception {
        Path data = data();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertNull(new MeidnetGenerativeModel().train(new TrainableModel.Request("perov_5", data,
                tmp.resolve("c"), 3, 7, false), x -> { }, cancelled));
    }
}
