package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.LayerNorm;

/** Functional layers over {@link Parameters}: plain NDArray maths, no DJL Blocks. */
public final class Nn {

    private Nn() {
    }

    /** Creates {@code prefix.w} [in,out] and {@code prefix.b} [out]. */
    public static void defineLinear(Parameters p, String prefix, int in, int out) {
        p.weight(prefix + ".w", in, out);
        p.bias(prefix + ".b", in, out);
    }

    /** x @ w + b over the last axis (any leading axes broadcast). */
    public static NDArray linear(Parameters p, String prefix, NDArray x) {
        return x.matMul(p.get(prefix + ".w")).add(p.get(prefix + ".b"));
    }

    /** Creates the parameters of {@code in -> hidden... -> out} linear layers named {@code prefix.0}, {@code prefix.1}... */
    public static void defineMlp(Parameters p, String prefix, int... sizes) {
        for (int i = 0; i + 1 < sizes.length; i++) {
            defineLinear(p, prefix + "." + i, sizes[i], sizes[i + 1]);
        }
    }

    /** MLP with SiLU between layers and none after the last. */
    public static NDArray mlp(Parameters p, String prefix, int layers, NDArray x) {
        NDArray h = x;
        for (int i = 0; i < layers; i++) {
            h = linear(p, prefix + "." + i, h);
            if (i + 1 < layers) {
                h = silu(h);
            }
        }
        return h;
    }

    public static NDArray silu(NDArray x) {
        return Ops.silu(x);
    }

    public static void defineLayerNorm(Parameters p, String prefix, int size) {
        p.constant(prefix + ".gamma", new long[] {size}, 1f);
        p.constant(prefix + ".beta", new long[] {size}, 0f);
    }

    public static NDArray layerNorm(Parameters p, String prefix, NDArray x) {
        long size = x.getShape().get(x.getShape().dimension() - 1);
        return LayerNorm.layerNorm(x, new Shape(size), p.get(prefix + ".gamma"), p.get(prefix + ".beta"), 1e-5f)
                .head();
    }

    /** Row-wise L2 normalisation with a floor that keeps the gradient finite at zero. */
    public static NDArray normalize(NDArray x) {
        NDArray norm = Ops.add(x.square().sum(new int[] {-1}, true), 1e-12f).sqrt();
        return x.div(norm);
    }
}
