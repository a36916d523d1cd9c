package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;

/** Scalar operands must stay valid until backward, whatever the JVM's garbage collector does meanwhile. */
class OpsTest {

    @Test
    void gradientsThroughScalarOpsSurviveGarbageCollection() {
        try (NDManager m = DjlRuntime.newManager()) {
            NDArray x = Tensors.floats(m, new float[] {1, -2, 3}, new ai.djl.ndarray.types.Shape(3));
            x.setRequiresGradient(true);
            for (int round = 0; round < 20; round++) {
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
                        // d/dx sum(max(3x / 2, 0.5) * 4) = 6 where 1.5x > 0.5, else 0
                        NDArray y = Ops.mul(Ops.maximum(Ops.div(Ops.mul(x, 3f), 2f), 0.5f), 4f).sum();
                        for (int i = 0; i < 5; i++) {
                            System.gc(); // frees unreachable direct buffers while the graph waits for backward
                            byte[][] churn = new byte[64][];
                            for (int k = 0; k < churn.length; k++) {
                                churn[k] = new byte[1 << 16];
                            }
                        }
                        gc.backward(y);
                    }
                    assertArrayEquals(new float[] {6, 0, 6}, x.getGradient().toFloatArray(), 1e-6f);
                    Tensors.zero(x.getGradient());
                }
            }
        }
    }

    @Test
    void siluAndOneMinus() {
        try (NDManager m = DjlRuntime.newManager()) {
            NDArray x = Tensors.floats(m, new float[] {0, 1}, new ai.djl.ndarray.types.Shape(2));
            assertArrayEquals(new float[] {0, (float) (1 / (1 + Math.exp(-1)))}, Ops.silu(x).toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {1, 0}, Ops.oneMinus(x).toFloatArray(), 0f);
        }
    }
}
