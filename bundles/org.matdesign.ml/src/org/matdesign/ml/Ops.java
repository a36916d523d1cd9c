package org.matdesign.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * Tensor-with-scalar operations that are safe under autograd. DJL 0.35.1's PyTorch {@code NDArray.mul(Number)}
 * (and div, add, sub, maximum) wraps the scalar in a tensor over a Java direct buffer (from_blob) and closes it right
 * after the op; autograd keeps that scalar for the backward pass (mul, div, maximum), but the JVM may free the buffer
 * before backward runs. The gradient then reads freed memory: here that showed up as rare, non-reproducible NaN or
 * exploding gradients and, later, SIGSEGV in libc or in torch's autograd engine. These helpers use a scalar tensor
 * in engine-owned (reference-counted) memory instead; {@code Activation.swish} has the same problem, hence
 * {@link #silu}.
 */
public final class Ops {

    private Ops() {
    }

    /** An engine-owned scalar in x's manager (closed with the current NDScope, or with the manager). */
    public static NDArray scalar(NDArray like, float value) {
        return Tensors.scalar(like.getManager(), value);
    }

    public static NDArray mul(NDArray x, float value) {
        return x.mul(scalar(x, value));
    }

    public static NDArray div(NDArray x, float value) {
        return x.div(scalar(x, value));
    }

    public static NDArray add(NDArray x, float value) {
        return x.add(scalar(x, value));
    }

    public static NDArray maximum(NDArray x, float value) {
        return x.maximum(scalar(x, value));
    }

    /** 1 - x. */
    public static NDArray oneMinus(NDArray x) {
        return scalar(x, 1f).sub(x);
    }

    /** x * sigmoid(x). */
    public static NDArray silu(NDArray x) {
        return x.mul(Activation.sigmoid(x));
    }
}
