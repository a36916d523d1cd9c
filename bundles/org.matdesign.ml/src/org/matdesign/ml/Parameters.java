package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Named trainable tensors of a functional model, living in one long-lived manager. Initial values are drawn from
 * a seeded {@link Random} in creation order, so a model is bit-identical for a given seed whatever the engine's
 * own generator does.
 */
public final class Parameters {

    private final NDManager manager;
    private final Map<String, NDArray> byName = new LinkedHashMap<>();
    private final Random random;

    public Parameters(NDManager manager, long seed) {
        this.manager = manager;
        this.random = new Random(seed);
    }

    public NDManager manager() {
        return manager;
    }

    /** A weight matrix [in, out] drawn uniformly from +-1/sqrt(in) (PyTorch's Linear default bound). */
    public NDArray weight(String name, int in, int out) {
        return uniform(name, new long[] {in, out}, (float) (1.0 / Math.sqrt(in)));
    }

    /** A bias vector [out] drawn uniformly from +-1/sqrt(in). */
    public NDArray bias(String name, int in, int out) {
        return uniform(name, new long[] {out}, (float) (1.0 / Math.sqrt(in)));
    }

    public NDArray uniform(String name, long[] shape, float bound) {
        float[] values = new float[(int) new Shape(shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        return add(name, shape, values);
    }

    public NDArray constant(String name, long[] shape, float value) {
        float[] values = new float[(int) new Shape(shape).size()];
        java.util.Arrays.fill(values, value);
        return add(name, shape, values);
    }

    private NDArray add(String name, long[] shape, float[] values) {
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' defined twice");
        }
        NDArray array = Tensors.floats(manager, values, new Shape(shape));
        array.setRequiresGradient(true);
        byName.put(name, array);
        return array;
    }

    public NDArray get(String name) {
        NDArray a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return a;
    }

    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(byName.keySet()));
    }

    public Map<String, NDArray> asMap() {
        return Collections.unmodifiableMap(byName);
    }

    public long count() {
        long n = 0;
        for (NDArray a : byName.values()) {
            n += a.size();
        }
        return n;
    }

    /** Stops (or restarts) gradient tracking on every parameter, e.g. to optimise a latent through a frozen model. */
    public void setTrainable(boolean trainable) {
        for (NDArray a : byName.values()) {
            a.setRequiresGradient(trainable);
        }
    }

    /** Copies of all values, in creation order. */
    public List<NamedTensor> snapshot() {
        List<NamedTensor> out = new ArrayList<>();
        for (Map.Entry<String, NDArray> e : byName.entrySet()) {
            out.add(new NamedTensor(e.getKey(), e.getValue().getShape().getShape(), e.getValue().toFloatArray()));
        }
        return out;
    }

    /** Overwrites every parameter from {@code tensors} (names and shapes must match exactly). */
    public void load(Map<String, NamedTensor> tensors, String source) throws TensorFileException {
        for (Map.Entry<String, NDArray> e : byName.entrySet()) {
            NamedTensor t = tensors.get(e.getKey());
            if (t == null) {
                throw new TensorFileException(source + ": parameter '" + e.getKey() + "' is missing");
            }
            Shape expected = e.getValue().getShape();
            if (!expected.equals(new Shape(t.shape()))) {
                throw new TensorFileException(source + ": parameter '" + e.getKey() + "' has shape "
                        + new Shape(t.shape()) + ", the model expects " + expected);
            }
            Tensors.copyInto(e.getValue(), t.data());
        }
    }
}
