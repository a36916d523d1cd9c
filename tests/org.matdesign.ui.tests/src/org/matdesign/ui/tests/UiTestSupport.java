package org.matdesign.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.opentest4j.AssertionFailedError;

/** Waiting on the UI thread and saving screenshots, with plain SWT only. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Spins the event loop until the condition holds; fails naming what was awaited. */
    public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionFailedError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /** Lets pending UI work run for a moment (layouts, coalesced refreshes). */
    public static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        waitUntil("settling", millis + 5_000, () -> System.currentTimeMillis() >= end);
    }

    /** Saves what the shell shows (from the screen, so every child is in it) under target/screenshots. */
    public static Path screenshot(Shell shell, String name) {
        settle(150);
        Display display = shell.getDisplay();
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        try {
            return save(image.getImageData(), name);
        } finally {
            image.dispose();
        }
    }

    public static Path save(ImageData data, String name) {
        Path dir = Path.of(System.getProperty("matdesign.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AssertionFailedError("cannot create " + dir + ": " + e.getMessage());
        }
        Path file = dir.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
