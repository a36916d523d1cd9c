package org.matdesign.models.meidnet.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/** Settings parsing and the shared Perov-5 training split. */
class TrainingReferencesTest {

    @Test
    void numberSettingFallsBackParsesAndRejectsNonFinite() {
        assertEquals(0.1, TrainingReferences.number(Map.of(), "e_above_hull_max", 0.1));
        assertEquals(0.1, TrainingReferences.number(Map.of("e_above_hull_max", "  "), "e_above_hull_max", 0.1));
        assertEquals(0.25, TrainingReferences.number(Map.of("e_above_hull_max", " 0.25 "), "e_above_hull_max", 0.1));
        for (String bad : List.of("abc", "NaN", "Infinity", "0.1eV")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainingReferences.number(Map.of("e_above_hull_max", bad), "e_above_hull_max", 0.1));
            assertTrue(e.getMessage().contains("e_above_hull_max") && e.getMessage().contains("'" + bad + "'"),
                    e.getMessage());
        }
    }

    @Test
    void splitSeedDefaultsTo42() {
        assertEquals(42L, TrainingReferences.splitSeed(Map.of()));
        assertEquals(7L, TrainingReferences.splitSeed(Map.of("split_seed", "7")));
        assertEquals(7L, TrainingReferences.splitSeed(Map.of("split_seed", "7.0"))); // JSON recipes may write 7.0
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingReferences.splitSeed(Map.of("split_seed", "seven")));
        assertTrue(e.getMessage().contains("split_seed"), e.getMessage());
    }

    @Test
    void missingDataFolderIsNamed(@TempDir Path empty) {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> TrainingReferences.train(null, 42));
        assertTrue(none.getMessage().contains("MATDESIGN_DATA"), none.getMessage());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> TrainingReferences.train(empty, 42));
        assertTrue(absent.getMessage().contains(empty.resolve("perov_5").toString()), absent.getMessage());
    }

    @Test
    void trainingSplitIsTheSeed42TrainPartAndIsShared() throws Exception {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve(TrainingReferences.DATASET)),
                "shared data folder with perov_5 not available");
        List<DatasetRow> rows = TrainingReferences.train(data.get(), TrainingReferences.DEFAULT_SPLIT_SEED);
        assertSame(rows, TrainingReferences.train(data.get().resolve(".").resolve("perov_5").resolve(".."), 42));
        // the independent predictor was trained on exactly this split
        assertEquals(IndependentPredictor.loadDefault().trainingRecord().get("train_rows").getAsInt(), rows.size());
        for (DatasetRow r : rows.subList(0, 50)) {
            assertEquals(DatasetSplit.Part.TRAIN, DatasetSplit.assign(r.id(), 42), r.id());
        }
    }
}
