package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small MLP regression trained through the real loop: loss goes down, and kill + resume is bit-identical. */
class TrainingLoopTest {

    private static final int N = 96;
    private static final float[] X = new float[N * 4];
    private static final float[] Y = new float[N];

    static {
        Random r = new Random(3);
        for (int i = 0; i < N; i++) {
            double s = 0;
            for (int k = 0; k < 4; k++) {
                X[i * 4 + k] = (float) r.nextGaussian();
                s += (k + 1) * X[i * 4 + k];
            }
            Y[i] = (float) Math.tanh(0.3 * s);
        }
    }

    @TempDir
    Path dir;

    private record Run(NDManager manager, Parameters params, TrainingLoop loop) {
    }

    private static Run newRun(Path checkpoints, int epochs) {
        NDManager manager = DjlRuntime.newManager();
        Parameters p = new Parameters(manager, 11);
        Nn.defineMlp(p, "mlp", 4, 16, 1);
        TrainingLoop loop = new TrainingLoop(p, new Adam(p),
                new TrainingLoop.Settings(epochs, 16, 5, 1e-2f, 1f, true), N, checkpoints, null);
        return new Run(manager, p, loop);
    }

    private static TrainingLoop.StepLoss loss(Run run) {
        return (epoch, step, batch, log) -> {
            float[] xb = new float[batch.length * 4];
            float[] yb = new float[batch.length];
            for (int i = 0; i < batch.length; i++) {
                System.arraycopy(X, batch[i] * 4, xb, i * 4, 4);
                yb[i] = Y[batch[i]];
            }
            NDArray x = run.manager().create(xb, new Shape(batch.length, 4));
            NDArray y = run.manager().create(yb, new Shape(batch.length, 1));
            return Nn.mlp(run.params(), "mlp", 2, x).sub(y).square().mean();
        };
    }

    @Test
    void lossGoesDown() throws IOException {
        Run run = newRun(null, 30);
        try (NDManager m = run.manager()) {
            TrainingLoop.Result result = run.loop().run(loss(run), null, null);
            List<TrainingLoop.EpochSummary> h = result.history();
            assertEquals(30, h.size());
            double first = h.get(0).meanLosses().get("loss");
            double last = h.get(29).meanLosses().get("loss");
            assertTrue(last < 0.5 * first, "loss " + first + " -> " + last);
        }
    }

    @Test
    void killMidEpochThenResumeGivesTheSameWeights() throws IOException {
        float[][] uninterrupted;
        Run a = newRun(dir.resolve("a"), 4);
        try (NDManager m = a.manager()) {
            a.loop().run(loss(a), null, null);
            uninterrupted = values(a.params());
        }
        Path ckpt = dir.resolve("b");
        Run b = newRun(ckpt, 4);
        AtomicInteger steps = new AtomicInteger();
        try (NDManager m = b.manager()) {
            // "kill" in the middle of epoch 2 (6 steps per epoch): the last checkpoint is after epoch 1
            TrainingLoop.Result partial = b.loop().run(loss(b), null, () -> steps.incrementAndGet() > 15);
            assertTrue(partial.cancelled());
            assertEquals(2, partial.epochsCompleted());
        }
        Run c = newRun(ckpt, 4);
        try (NDManager m = c.manager()) {
            assertEquals(2, c.loop().resume());
            TrainingLoop.Result rest = c.loop().run(loss(c), null, null);
            assertFalse(rest.cancelled());
            assertEquals(4, rest.history().size());
            float[][] resumed = values(c.params());
            for (int i = 0; i < resumed.length; i++) {
                assertArrayEquals(uninterrupted[i], resumed[i], 0f, "parameter " + i + " differs after resume");
            }
        }
    }

    @Test
    void batchOrderDependsOnlyOnSeedAndEpoch() {
        assertArrayEquals(BatchOrder.permutation(50, 9, 3), BatchOrder.permutation(50, 9, 3));
        assertFalse(java.util.Arrays.equals(BatchOrder.permutation(50, 9, 3), BatchOrder.permutation(50, 9, 4)));
        int[] p = BatchOrder.permutation(50, 9, 3).clone();
        java.util.Arrays.sort(p);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, p[i]);
        }
    }

    @Test
    void cosineLearningRateRunsFromTheStartValueToTheFinalFraction() {
        TrainingLoop.Settings s = new TrainingLoop.Settings(10, 8, 1, 1e-3f, 0f, true, 0.1f);
        assertEquals(1e-3f, s.learningRateAt(0, 0, 4), 1e-9f);
        assertEquals(0.55e-3f, s.learningRateAt(5, 0, 4), 1e-8f); // half way: mean of start and end
        assertTrue(s.learningRateAt(9, 3, 4) < 0.11e-3f);
        assertEquals(1e-3f, new TrainingLoop.Settings(10, 8, 1, 1e-3f, 0f, true).learningRateAt(7, 2, 4), 0f);
    }

    private static float[][] values(Parameters p) {
        return p.snapshot().stream().map(NamedTensor::data).toArray(float[][]::new);
    }
}
