package org.matdesign.cli.design;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (JVM shutdown) into a cancellation request and gives the run a few seconds to stop and remove its
 * staging folder before the JVM exits, so an interrupted run leaves nothing half-written.
 */
final class CancelOnInterrupt implements AutoCloseable {

    private static final long GRACE_SECONDS = 20;

    private volatile boolean requested;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    CancelOnInterrupt(boolean install) {
        hook = new Thread(() -> {
            requested = true;
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "matdesign-cancel");
        if (install) {
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException | SecurityException e) {
                // already shutting down or not allowed: cancellation by interrupt is then unavailable
            }
        }
    }

    boolean requested() {
        return requested;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException | SecurityException e) {
            // shutting down (the hook is running) or never installed
        }
    }
}
