package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import org.matdesign.core.Structure;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.TensorFileException;
import org.matdesign.ml.TrainingLoop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny end-to-end runs of the real objective: learning, kill/resume equality, save/load, decoding. */
class MeidnetTrainingTest {

    @TempDir
    Path dir;

    private static List<Example> examples(int n) {
        Random r = new Random(2);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Structure s = TestCrystals.perovskite(r);
            out.add(new Example("x" + i, s, new double[] {r.nextDouble() * 2, s.lattice().a() - 4}));
        }
        return out;
    }

    private static ModelConfig config(List<Example> train, FusionMode fusion) {
        return PreparedData.fitStatistics(TestCrystals.tinyConfig(fusion), train);
    }

    @Test
    void theObjectiveOnHeldOutCrystalsIsReportedAfterEveryEpoch() throws IOException {
        List<Example> all = examples(80);
        List<Example> train = all.subList(0, 64);
        ModelConfig config = config(train, FusionMode.EARLY);
        List<Map<String, Double>> heard = new ArrayList<>();
        MeidnetTrainer.Outcome o = MeidnetTrainer.train(config, PreparedData.of(train, config),
                PreparedData.of(all.subList(64, 80), config), new MeidnetTrainer.Options(4, 16, 3, 3e-3f, 5f), null,
                false, null, (epoch, heldOut) -> heard.add(heldOut), null, null);
        try (MeidnetModel model = o.model()) {
            assertEquals(4, heard.size(), "one report per epoch");
            for (Map<String, Double> h : heard) {
                for (String k : List.of("loss", "recon", "property")) {
                    assertTrue(h.containsKey(k) && Double.isFinite(h.get(k)) && h.get(k) >= 0, k + " in " + h);
                }
            }
            assertTrue(heard.get(3).get("recon") < heard.get(0).get("recon"),
                    "held-out reconstruction improves: " + heard);
        }
    }

    @Test
    void aTinyRunReducesTheLoss() throws IOException {
        List<Example> train = examples(64);
        ModelConfig config = config(train, FusionMode.EARLY);
        MeidnetTrainer.Outcome o = MeidnetTrainer.train(config, PreparedData.of(train, config),
                new MeidnetTrainer.Options(12, 16, 3, 3e-3f, 5f), null, false, null, null);
        try (MeidnetModel model = o.model()) {
            List<TrainingLoop.EpochSummary> h = o.result().history();
            double first = h.get(0).meanLosses().get("recon");
            double last = h.get(h.size() - 1).meanLosses().get("recon");
            assertTrue(last < 0.7 * first, "reconstruction loss " + first + " -> " + last);
        }
    }

    @Test
    void killMidEpochAndResumeEndsWithTheSameWeights() throws IOException {
        List<Example> train = examples(48);
        ModelConfig config = config(train, FusionMode.EARLY_CL);
        PreparedData data = PreparedData.of(train, config);
        MeidnetTrainer.Options options = new MeidnetTrainer.Options(3, 16, 9, 1e-3f, 5f, 0.1f); // with LR decay
        Map<String, NamedTensor> reference;
        try (MeidnetModel m = MeidnetTrainer.train(config, data, options, dir.resolve("a"), false, null, null)
                .model()) {
            reference = m.parameterValues();
        }
        Path ckpt = dir.resolve("b");
        AtomicInteger steps = new AtomicInteger();
        MeidnetTrainer.Outcome killed = MeidnetTrainer.train(config, data, options, ckpt, false, null,
                () -> steps.incrementAndGet() > 4); // 3 steps per epoch: stops inside the second epoch
        killed.model().close();
        assertTrue(killed.result().cancelled());
        try (MeidnetModel m = MeidnetTrainer.train(config, data, options, ckpt, true, null, null).model()) {
            Map<String, NamedTensor> resumed = m.parameterValues();
            assertEquals(reference.keySet(), resumed.keySet());
            for (String name : reference.keySet()) {
                assertArrayEquals(reference.get(name).data(), resumed.get(name).data(), 0f, name);
            }
        }
    }

    @Test
    void saveLoadRoundTripAndTamperDetection() throws IOException {
        List<Example> train = examples(8);
        ModelConfig config = config(train, FusionMode.LATE);
        Path modelDir = dir.resolve("model");
        float[] before;
        try (MeidnetModel m = MeidnetModel.create(config, 4)) {
            try (NDScope s = new NDScope()) {
                s.suppressNotUsedWarning();
                before = m.encodeStructures(List.of(train.get(0).structure())).toFloatArray();
            }
            m.save(modelDir, null, false);
            assertThrows(IOException.class, () -> m.save(modelDir, null, false));
        }
        try (MeidnetModel loaded = MeidnetModel.load(modelDir)) {
            assertEquals(config, loaded.config());
            assertEquals(64, loaded.checksum().length());
            try (NDScope s = new NDScope()) {
                s.suppressNotUsedWarning();
                assertArrayEquals(before, loaded.encodeStructures(List.of(train.get(0).structure())).toFloatArray(),
                        0f);
                NDArray z = loaded.encodeProperties(new double[][] {{1.0, 0.1}});
                Decoded d = loaded.decode(z);
                assertEquals(List.of(1L, 8L, 7L), List.of(d.speciesLogits().getShape().get(0),
                        d.speciesLogits().getShape().get(1), d.speciesLogits().getShape().get(2)));
                assertEquals(3, d.frac().getShape().get(2));
                List<Structure> structures = loaded.toStructures(d);
                assertEquals(1, structures.size());
                assertNotNull(structures.get(0));
                assertEquals(1, loaded.toPhysical(loaded.predictProperties(z)).length);
            }
        }
        Path bin = modelDir.resolve("model.bin");
        byte[] bytes = Files.readAllBytes(bin);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(bin, bytes);
        TensorFileException ex = assertThrows(TensorFileException.class, () -> MeidnetModel.load(modelDir));
        assertTrue(ex.getMessage().contains("model.bin"), ex.getMessage());
    }

    @Test
    void freezingStopsGradientsToParameters() throws IOException {
        List<Example> train = examples(4);
        try (MeidnetModel m = MeidnetModel.create(config(train, FusionMode.EARLY), 1)) {
            m.setTrainable(false);
            assertTrue(m.network().parameters().asMap().values().stream().noneMatch(NDArray::hasGradient));
            m.setTrainable(true);
            assertTrue(m.network().parameters().asMap().values().stream().allMatch(NDArray::hasGradient));
        }
    }
}
