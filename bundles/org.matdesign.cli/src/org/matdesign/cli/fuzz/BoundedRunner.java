package org.matdesign.cli.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task at a time on a daemon worker thread with a time bound. A task still running at the bound is
 * interrupted and its worker abandoned (a reader stuck in a loop may never look at the interrupt); the next task gets
 * a fresh worker, and an abandoned one cannot keep the JVM alive.
 */
final class BoundedRunner implements AutoCloseable {

    /** How one task ended: normally (error null), with a throwable, or past the bound. */
    record Result(Throwable error, boolean timedOut, long nanos) {
    }

    private final long timeBoundMillis;
    private final AtomicInteger threads = new AtomicInteger();
    private ExecutorService worker;
    private int abandoned;

    BoundedRunner(long timeBoundMillis) {
        this.timeBoundMillis = timeBoundMillis;
    }

    Result run(Callable<?> task) throws InterruptedException {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-reader-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        long start = System.nanoTime();
        Future<?> future = worker.submit(task);
        try {
            future.get(timeBoundMillis, TimeUnit.MILLISECONDS);
            return new Result(null, false, System.nanoTime() - start);
        } catch (ExecutionException e) {
            return new Result(e.getCause(), false, System.nanoTime() - start);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = null;
            abandoned++;
            return new Result(null, true, System.nanoTime() - start);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** Workers given up on because their task passed the time bound. */
    int abandoned() {
        return abandoned;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
