package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.matdesign.ml.DjlRuntime;

import org.junit.jupiter.api.Test;

class LossesTest {

    @Test
    void infoNceMatchesTheHandComputedValue() {
        try (NDManager m = DjlRuntime.newManager()) {
            NDArray zs = m.create(new float[] {1, 0, 0, 1}, new Shape(2, 2));
            NDArray zp = m.create(new float[] {1, 0, 0.6f, 0.8f}, new Shape(2, 2));
            // logits = zs zp^T / 0.5 = [[2, 1.2], [0, 1.6]]
            double rows = (-Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(1.2)))
                    - Math.log(Math.exp(1.6) / (Math.exp(0) + Math.exp(1.6)))) / 2;
            double cols = (-Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(0)))
                    - Math.log(Math.exp(1.6) / (Math.exp(1.2) + Math.exp(1.6)))) / 2;
            double expected = 0.5 * (rows + cols);
            assertEquals(0.2987361675697604, expected, 1e-12);
            assertEquals(expected, Losses.infoNce(zs, zp, 0.5).getFloat(), 1e-5);
        }
    }

    @Test
    void coordinateLossIsPeriodicAndIgnoresPadding() {
        try (NDManager m = DjlRuntime.newManager()) {
            NDArray pred = m.create(new float[] {0.99f, 0, 0, 0.3f, 0.3f, 0.3f}, new Shape(1, 2, 3));
            NDArray target = m.create(new float[] {0.01f, 0, 0, 0.9f, 0.9f, 0.9f}, new Shape(1, 2, 3));
            NDArray maskFirstOnly = m.create(new float[] {1, 0}, new Shape(1, 2));
            // 0.99 vs 0.01 is 0.02 apart across the cell boundary; the padded second slot does not count
            assertEquals(0.02 * 0.02, Losses.periodicCoordinates(pred, target, maskFirstOnly).getFloat(), 1e-6);
        }
    }

    @Test
    void maskedCrossEntropySkipsPaddedSlots() {
        try (NDManager m = DjlRuntime.newManager()) {
            NDArray logits = m.create(new float[] {2, 0, 0, 0, 0, 50}, new Shape(1, 2, 3));
            NDArray target = m.create(new long[] {0, 0}, new Shape(1, 2));
            NDArray mask = m.create(new float[] {1, 0}, new Shape(1, 2));
            double expected = -Math.log(Math.exp(2) / (Math.exp(2) + 2));
            assertEquals(expected, Losses.maskedCrossEntropy(logits, target, mask).getFloat(), 1e-5);
        }
    }
}
