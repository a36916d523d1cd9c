package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Non-null in a shape plan: the shapes defined so far; nothing is allocated. */
    private final Map<String, long[]> planned;

    public Parameters(NDManager manager, long seed) {
        this.manager = manager;
        this.random = new Random(seed);
        this.planned = null;
    }

    private Parameters() {
        this.manager = null;
        this.random = null;
        this.planned = new LinkedHashMap<>();
    }

    /**
     * A shape plan: a network's definition run against it records each parameter's name and shape and allocates
     * nothing (the defining methods return null). Loaders compare the plan with a file's tensor table before they
     * build the model, so a configuration that lies about its sizes is refused instead of allocated.
     */
    public static Parameters plan() {
        return new Parameters();
    }

    /** The shapes a plan recorded, in definition order. */
    public Map<String, long[]> plannedShapes() {
        if (planned == null) {
            throw new IllegalStateException("not a shape plan");
        }
        Map<String, long[]> out = new LinkedHashMap<>();
        planned.forEach((name, shape) -> out.put(name, shape.clone()));
        return out;
    }

    /**
     * Refuses tensors whose names or shapes differ from {@code expected} (a plan's shapes): a parameter missing, one
     * the model does not have, or one of another shape, each named with {@code source}.
     */
    public static void checkShapes(Map<String, long[]> expected, Map<String, long[]> found, String source)
            throws TensorFileException {
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            long[] shape = found.get(e.getKey());
            if (shape == null) {
                throw new TensorFileException(source + ": parameter '" + e.getKey() + "' is missing");
            }
            if (!Arrays.equals(shape, e.getValue())) {
                throw new TensorFileException(source + ": parameter '" + e.getKey() + "' has shape " + describe(shape)
                        + ", the model's configuration expects " + describe(e.getValue()));
            }
        }
        for (String name : found.keySet()) {
            if (!expected.containsKey(name)) {
                throw new TensorFileException(source + ": tensor '" + name + "' is not a parameter of this model"
                        + " (its configuration defines " + expected.size() + " parameters)");
            }
        }
    }

    private static String describe(long[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return b.append(')').toString();
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
        if (planned != null) {
            return record(name, shape);
        }
        float[] values = new float[(int) new Shape(shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        return add(name, shape, values);
    }

    public NDArray constant(String name, long[] shape, float value) {
        if (planned != null) {
            return record(name, shape);
        }
        float[] values = new float[(int) new Shape(shape).size()];
        Arrays.fill(values, value);
        return add(name, shape, values);
    }

    private NDArray record(String name, long[] shape) {
        if (planned.put(name, shape.clone()) != null) {
            throw new IllegalArgumentException("parameter '" + name + "' defined twice");
        }
        return null;
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

    /**
     * Overwrites the parameters that {@code tensors} holds with the same name and shape (fine-tuning from another
     * model whose heads differ); the others keep their values.
     *
     * @return the names copied, in creation order
     */
    public List<String> loadMatching(Map<String, NamedTensor> tensors) {
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, NDArray> e : byName.entrySet()) {
            NamedTensor t = tensors.get(e.getKey());
            if (t != null && e.getValue().getShape().equals(new Shape(t.shape()))) {
                Tensors.copyInto(e.getValue(), t.data());
                copied.add(e.getKey());
            }
        }
        return copied;
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
                        + describe(t.shape()) + ", the model expects " + describe(expected.getShape()));
            }
            Tensors.copyInto(e.getValue(), t.data());
        }
    }
}
