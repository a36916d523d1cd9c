package org.matdesign.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.matdesign.api.SafeCall;

/**
 * One call into contributed code on its own thread, under a time limit: SafeRunner catches what a contribution
 * throws, but not a contribution that never returns. On expiry the call's monitor is cancelled and its thread
 * interrupted and abandoned (a daemon thread, so it cannot keep the program alive); the call is reported and gives
 * nothing. Cancelling the caller's monitor cancels the call too.
 */
final class BoundedCall {

    private static final long POLL_MS = 100;

    /** The contributed call, given the monitor it must honour. */
    interface Body<T> {
        T call(IProgressMonitor monitor) throws Exception;
    }

    private BoundedCall() {
    }

    /**
     * @param who   e.g. {@code validator 'novelty'}
     * @param doing what the call was doing, for the report, e.g. {@code validating 35 candidates}
     * @throws OperationCanceledException the caller's monitor was cancelled
     */
    static <T> Optional<T> call(String who, String doing, double seconds, IProgressMonitor outer,
            Body<T> body, Consumer<String> problems) {
        IProgressMonitor caller = outer == null ? new NullProgressMonitor() : outer;
        AtomicBoolean expired = new AtomicBoolean();
        IProgressMonitor monitor = new ProgressMonitorWrapper(caller) {
            @Override
            public boolean isCanceled() {
                return expired.get() || super.isCanceled();
            }
        };
        CompletableFuture<Optional<T>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(SafeCall.call(who, () -> body.call(monitor), problems));
            } catch (OperationCanceledException e) {
                result.completeExceptionally(e);
            } catch (Throwable e) { // an Error SafeRunner lets through must not take the run down either
                problems.accept(who + " failed: " + SafeCall.message(e));
                result.complete(Optional.empty());
            }
        }, "matdesign " + who);
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            try {
                long left = deadline - System.nanoTime();
                return result.get(Math.max(0, Math.min(TimeUnit.MILLISECONDS.toNanos(POLL_MS), left)),
                        TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (caller.isCanceled()) {
                    expired.set(true);
                    thread.interrupt();
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() >= deadline) {
                    expired.set(true);
                    thread.interrupt();
                    problems.accept(String.format(Locale.ROOT, "%s did not finish within %s s while %s; it was"
                            + " stopped and its output dropped", who, plain(seconds), doing));
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                expired.set(true);
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OperationCanceledException c) {
                    throw c;
                }
                problems.accept(who + " failed: " + SafeCall.message(e.getCause()));
                return Optional.empty();
            }
        }
    }

    private static String plain(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
