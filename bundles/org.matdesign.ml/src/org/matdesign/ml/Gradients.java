package org.matdesign.ml;

import ai.djl.training.GradientCollector;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The one way our code records gradients. DJL's PyTorch gradient collector is one per JVM (a static flag: a second
 * one fails with "A PtGradientCollector is already collecting"), so two trainings or latent searches on different
 * threads (two workbench designs, Spark tasks in one executor) take turns here for the forward and backward pass;
 * everything else they do runs at the same time. Results are the same as when they run one after the other.
 */
public final class Gradients {

    private static final ReentrantLock ONE_COLLECTOR = new ReentrantLock();

    private Gradients() {
    }

    /**
     * Runs {@code pass} (the forward pass and {@code collector.backward(loss)}) with a gradient collector open, once
     * no other thread has one.
     */
    public static <T> T collect(Function<GradientCollector, T> pass) {
        ONE_COLLECTOR.lock();
        try (GradientCollector collector = DjlRuntime.engine().newGradientCollector()) {
            return pass.apply(collector);
        } finally {
            ONE_COLLECTOR.unlock();
        }
    }
}
