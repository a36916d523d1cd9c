package org.matdesign.api;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;

/** Calls contributed code through {@link SafeRunner}, turning any failure into one reported line. */
public final class SafeCall {

    private SafeCall() {
    }

    /**
     * Runs {@code call}; on failure reports {@code "<who>: <message>"} and returns empty. Cancellation is not a
     * failure of the contribution and is rethrown so the run stops.
     */
    public static <T> Optional<T> call(String who, Callable<T> call, Consumer<String> problems) {
        Object[] result = new Object[1];
        OperationCanceledException[] cancelled = new OperationCanceledException[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                try {
                    result[0] = call.call();
                } catch (OperationCanceledException e) {
                    cancelled[0] = e;
                }
            }

            @Override
            public void handleException(Throwable e) {
                problems.accept(who + " failed: " + message(e));
            }
        });
        if (cancelled[0] != null) {
            throw cancelled[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return Optional.ofNullable(value);
    }

    /** A one-line description of a failure: the exception type when its message says nothing. */
    public static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null
                || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String text = root.getMessage();
        return text == null || text.isBlank() ? root.getClass().getName() : root.getClass().getSimpleName() + ": " + text;
    }
}
