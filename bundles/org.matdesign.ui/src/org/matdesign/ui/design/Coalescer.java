package org.matdesign.ui.design;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Turns many change notifications from a job's thread into at most one UI refresh per {@link #DELAY_MS}: one
 * {@code asyncExec} per candidate would flood the UI thread and leave the views behind the job.
 */
public final class Coalescer {

    public static final int DELAY_MS = 100;

    private final Control owner;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();

    /** @param refresh runs on the UI thread, only while {@code owner} is not disposed */
    public Coalescer(Control owner, Runnable refresh) {
        this.owner = owner;
        this.refresh = refresh;
    }

    /** May be called from any thread. */
    public void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        Display display = owner.isDisposed() ? null : owner.getDisplay();
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (owner.isDisposed()) {
                return;
            }
            display.timerExec(DELAY_MS, () -> {
                pending.set(false);
                if (!owner.isDisposed()) {
                    refresh.run();
                }
            });
        });
    }
}
