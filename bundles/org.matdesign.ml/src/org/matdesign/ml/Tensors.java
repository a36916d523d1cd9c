package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Creating tensors from Java arrays safely. DJL's PyTorch engine wraps the direct buffer behind
 * {@code manager.create(float[])} without copying (torch from_blob); that buffer is freed by the JVM's cleaner
 * thread some time after the array is closed. Long training runs that created such arrays every step crashed with
 * SIGSEGV in libc after several hundred steps. These helpers copy into engine-owned memory at once and release the
 * Java-backed array, so no tensor the engine works with ever points into a Java buffer.
 */
public final class Tensors {

    private static final NDIndex ALL = new NDIndex("...");

    private Tensors() {
    }

    public static NDArray owned(NDArray javaBacked) {
        NDArray copy = javaBacked.duplicate();
        javaBacked.close();
        return copy;
    }

    public static NDArray floats(NDManager manager, float[] values, Shape shape) {
        return owned(manager.create(values, shape));
    }

    public static NDArray longs(NDManager manager, long[] values, Shape shape) {
        return owned(manager.create(values, shape));
    }

    /**
     * Overwrites {@code target}'s values in place. (DJL's {@code NDArray.set(float[])} instead swaps the tensor's
     * storage for a Java buffer, which breaks every other handle to the same tensor, such as a gradient.)
     */
    public static void copyInto(NDArray target, float[] values) {
        try (NDArray source = floats(target.getManager(), values, target.getShape())) {
            target.set(ALL, source);
        }
    }

    /** Sets every element to zero in place (NaN included). */
    public static void zero(NDArray target) {
        target.set(ALL, 0f);
    }


    /** A scalar float tensor. */
    public static NDArray scalar(NDManager manager, float value) {
        return owned(manager.create(value));
    }
}
