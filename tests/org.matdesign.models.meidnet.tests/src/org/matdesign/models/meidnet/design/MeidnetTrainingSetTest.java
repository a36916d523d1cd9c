package org.matdesign.models.meidnet.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Coverage;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.models.meidnet.ModelConfig;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/** The training split shipped with the default model is the seed-42 train split of the data, to 8 decimals. */
class MeidnetTrainingSetTest {

    @Test
    void bundledSetHasTheTrainingSizeTheModelsRecord() throws Exception {
        TrainingSet set = MeidnetTrainingSet.ofDefault(ModelConfig.perov5Properties());
        assertEquals(IndependentPredictor.loadDefault().trainingRecord().get("train_rows").getAsInt(), set.size());
        assertEquals(List.of("band_gap", "formation_energy"), List.copyOf(set.properties().keySet()));
        assertTrue(set.description().contains("seed 42"), set.description());
        assertEquals(64, set.checksum().length());
    }

    @Test
    void bundledSetEqualsTheSplitOfTheData() throws Exception {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve("perov_5")),
                "shared data folder with perov_5 not available");
        List<DatasetRow> rows = DatasetSplit.of(data.get().resolve("perov_5"), 42).train();
        TrainingSet set = MeidnetTrainingSet.ofDefault(ModelConfig.perov5Properties());
        assertEquals(rows.size(), set.size());
        for (int i = 0; i < rows.size(); i += 37) {
            DatasetRow r = rows.get(i);
            assertEquals(r.property("dir_gap"), set.value("band_gap", i), 1e-8, r.id());
            assertEquals(r.property("heat_all"), set.value("formation_energy", i), 1e-8, r.id());
            assertEquals(r.structure().size(), set.structures().get(i).size(), r.id());
            for (int k = 0; k < r.structure().size(); k++) {
                assertEquals(r.structure().site(k).element(), set.structures().get(i).site(k).element());
                for (int a = 0; a < 3; a++) {
                    assertEquals(r.structure().site(k).frac(a), set.structures().get(i).site(k).frac(a), 1e-8);
                }
            }
        }
    }

    /** data-facts: the paper's region is almost empty; gapped in-distribution targets hold about 1 % of the data. */
    @Test
    void coverageTellsThePapersTargetFromAnInDistributionOne() throws Exception {
        TrainingSet set = MeidnetTrainingSet.ofDefault(ModelConfig.perov5Properties());
        Coverage paper = set.coverage(new DesignTarget(List.of(new PropertyTarget("band_gap", 0.8, 1.5, 0),
                new PropertyTarget("formation_energy", -6, 0.1, 0)), null, null, 1, 1, 1));
        assertTrue(paper.near() <= 5 && paper.outsideData(), paper.toString());
        Coverage gapped = set.coverage(new DesignTarget(List.of(new PropertyTarget("band_gap", 1.5, 2.5, 0)), null,
                null, 1, 1, 1));
        assertTrue(gapped.near() > 40 && !gapped.outsideData(), gapped.toString());
    }
}
