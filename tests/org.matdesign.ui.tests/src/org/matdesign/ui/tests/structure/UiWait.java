package org.matdesign.ui.tests.structure;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** The tests run on the UI thread, so they spin the event loop while they wait. */
final class UiWait {

    private UiWait() {
    }

    /** Runs pending events (paints, layouts) until none are left. */
    static void settle(Display display) {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Spins until the condition holds, at most {@code millis}; returns whether it held. */
    static boolean until(Display display, BooleanSupplier condition, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                    // wakes the sleep below
                });
                display.sleep();
            }
        }
        return true;
    }
}
