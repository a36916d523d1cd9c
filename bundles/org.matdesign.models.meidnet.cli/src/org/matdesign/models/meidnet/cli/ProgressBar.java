package org.matdesign.models.meidnet.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn at most a few times per second. */
final class ProgressBar {

    private final PrintStream err;
    private final int width;
    private long lastDraw;

    ProgressBar(PrintStream err) {
        this.err = err;
        this.width = 30;
    }

    void update(String label, int done, int total, String detail) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        err.print(String.format(Locale.ROOT, "\r%s [%s] %d/%d %s", label, bar, done, total, detail));
        err.flush();
    }

    void finish() {
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
    }
}
