package org.matdesign.ml;

import java.util.Arrays;

/** A named float32 tensor held in Java memory: the unit of {@link TensorFile}. */
public record NamedTensor(String name, long[] shape, float[] data) {

    public NamedTensor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tensor name must not be blank");
        }
        long size = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor '" + name + "' has a negative dimension " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("tensor '" + name + "' has shape " + Arrays.toString(shape)
                    + " but " + data.length + " values");
        }
        shape = shape.clone();
    }

    public long size() {
        return data.length;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }
}
