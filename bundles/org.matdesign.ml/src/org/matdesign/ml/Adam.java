package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam whose moment tensors we own, so that they can be checkpointed and restored exactly (DJL's own optimiser
 * keeps them private and creates them lazily, which also breaks inside an NDScope). The update itself is
 * PyTorch's fused kernel through {@code NDArrayEx.adamUpdate}, which also zeroes the gradient.
 */
public final class Adam {

    private final Parameters params;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, NDArray> mean = new LinkedHashMap<>();
    private final Map<String, NDArray> variance = new LinkedHashMap<>();
    private long step;

    public Adam(Parameters params) {
        this(params, 0.9f, 0.999f, 1e-8f);
    }

    public Adam(Parameters params, float beta1, float beta2, float epsilon) {
        this.params = params;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        NDManager manager = params.manager();
        for (Map.Entry<String, NDArray> e : params.asMap().entrySet()) {
            mean.put(e.getKey(), manager.zeros(e.getValue().getShape()));
            variance.put(e.getKey(), manager.zeros(e.getValue().getShape()));
        }
    }

    public long step() {
        return step;
    }

    /**
     * One update of every parameter from its accumulated gradient, after scaling all gradients so that their
     * global L2 norm is at most {@code clipNorm} (no clipping when {@code clipNorm <= 0}).
     *
     * @return the global gradient norm before clipping
     */
    public double update(float learningRate, float clipNorm) {
        Map<String, NDArray> grads = new LinkedHashMap<>();
        // temporaries (norms, gradient handles) die with this scope; the moments were created outside it
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            double sq = 0;
            for (Map.Entry<String, NDArray> e : params.asMap().entrySet()) {
                NDArray g = e.getValue().getGradient();
                grads.put(e.getKey(), g);
                sq += g.square().sum().getFloat();
            }
            double norm = Math.sqrt(sq);
            if (!Double.isFinite(norm)) {
                if (Boolean.getBoolean("matdesign.debugNaN")) {
                    for (Map.Entry<String, NDArray> e : grads.entrySet()) {
                        if (!Double.isFinite(e.getValue().square().sum().getFloat())) {
                            System.err.println("non-finite gradient: " + e.getKey());
                        }
                    }
                }
                // skip the step rather than poisoning weights and moments with NaN
                for (NDArray g : grads.values()) {
                    Tensors.zero(g); // in place: g.set(float[]) would detach the parameter's gradient storage
                }
                return norm;
            }
            float rescale = clipNorm > 0 && norm > clipNorm ? (float) (clipNorm / norm) : 1f;
            step++;
            double correction = Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
            float correctedLr = (float) (learningRate * correction);
            for (Map.Entry<String, NDArray> e : params.asMap().entrySet()) {
                NDArray w = e.getValue();
                NDArray g = grads.get(e.getKey());
                NDArray m = mean.get(e.getKey());
                NDArray v = variance.get(e.getKey());
                w.getNDArrayInternal().adamUpdate(new NDList(w, g, m, v), new NDList(w), learningRate, correctedLr,
                        0f, rescale, Float.MAX_VALUE, beta1, beta2, epsilon, false, false);
            }
            return norm;
        }
    }

    /** Moments and step count as tensors (names {@code adam.m/NAME}, {@code adam.v/NAME}, {@code adam.step}). */
    public List<NamedTensor> snapshot() {
        List<NamedTensor> out = new ArrayList<>();
        for (String name : mean.keySet()) {
            NDArray m = mean.get(name);
            out.add(new NamedTensor("adam.m/" + name, m.getShape().getShape(), m.toFloatArray()));
            NDArray v = variance.get(name);
            out.add(new NamedTensor("adam.v/" + name, v.getShape().getShape(), v.toFloatArray()));
        }
        // the step count is exact in float32 below 2^24 steps; store it split to stay exact beyond that
        out.add(new NamedTensor("adam.step", new long[] {2}, new float[] {step >>> 24, step & 0xFFFFFF}));
        return out;
    }

    public void load(Map<String, NamedTensor> tensors, String source) throws TensorFileException {
        for (String name : mean.keySet()) {
            copy(tensors, "adam.m/" + name, mean.get(name), source);
            copy(tensors, "adam.v/" + name, variance.get(name), source);
        }
        NamedTensor s = tensors.get("adam.step");
        if (s == null) {
            throw new TensorFileException(source + ": adam.step is missing");
        }
        step = ((long) s.data()[0] << 24) + (long) s.data()[1];
    }

    private static void copy(Map<String, NamedTensor> tensors, String key, NDArray target, String source)
            throws TensorFileException {
        NamedTensor t = tensors.get(key);
        if (t == null || t.size() != target.size()) {
            throw new TensorFileException(source + ": optimiser state '" + key + "' is missing or has the wrong size");
        }
        Tensors.copyInto(target, t.data());
    }
}
