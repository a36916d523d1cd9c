package org.matdesign.cli.design;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long run on stderr: one line per 10 % of the work, prefixed with what is being done. Cancellation is
 * shared with {@link CancelOnInterrupt}, so Ctrl-C stops the run at the next check.
 */
final class TextProgress extends NullProgressMonitor {

    private final PrintStream err;
    private final String prefix;
    private final long started = System.nanoTime();
    private final CancelOnInterrupt cancel;
    private double total;
    private double done;
    private int lastDecile;

    TextProgress(PrintStream err, String prefix, CancelOnInterrupt cancel) {
        this.err = err;
        this.prefix = prefix;
        this.cancel = cancel;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        if (total == 0 && totalWork > 0) {
            total = totalWork;
        }
    }

    @Override
    public void internalWorked(double work) {
        if (total <= 0) {
            return;
        }
        done += work;
        int decile = (int) Math.min(10, Math.floor(10 * done / total));
        if (decile > lastDecile) {
            lastDecile = decile;
            err.printf(Locale.ROOT, "%s %3d %% (%.0f s)%n", prefix, decile * 10, (System.nanoTime() - started) / 1e9);
        }
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public boolean isCanceled() {
        return super.isCanceled() || cancel.requested();
    }
}
