package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;

class DjlRuntimeTest {

    @Test
    void engineIsOfflinePyTorchAndAdamMatchesTheTextbookStep() {
        Engine engine = DjlRuntime.engine();
        assertEquals("PyTorch", engine.getEngineName());
        assertTrue(engine.getVersion().startsWith("2.7.1"), engine.getVersion());
        assertEquals("true", System.getProperty("ai.djl.offline", System.getenv("ai.djl.offline")));
        try (NDManager m = DjlRuntime.newManager()) {
            Parameters p = new Parameters(m, 1);
            NDArray x = p.constant("x", new long[] {3}, 0f);
            x.set(new float[] {1, 2, 3});
            try (GradientCollector gc = engine.newGradientCollector()) {
                gc.backward(x.mul(x).sum());
            }
            assertArrayEquals(new float[] {2, 4, 6}, x.getGradient().toFloatArray(), 1e-6f);
            new Adam(p).update(0.1f, 0f);
            // first Adam step moves every weight by lr against the gradient sign
            assertArrayEquals(new float[] {0.9f, 1.9f, 2.9f}, x.toFloatArray(), 1e-4f);
        }
    }

    @Test
    void globalNormClippingScalesTheStep() {
        try (NDManager m = DjlRuntime.newManager()) {
            Parameters p = new Parameters(m, 1);
            NDArray x = p.constant("x", new long[] {2}, 0f);
            try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
                gc.backward(x.mul(m.create(new float[] {300, 400})).sum());
            }
            double norm = new Adam(p).update(0.1f, 1f);
            assertEquals(500, norm, 1e-3);
        }
    }
}
