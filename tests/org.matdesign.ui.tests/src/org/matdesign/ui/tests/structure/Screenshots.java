package org.matdesign.ui.tests.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves PNG screenshots under the test module's target/screenshots (the build passes the folder in). */
final class Screenshots {

    private Screenshots() {
    }

    static Path save(ImageData picture, String name) {
        Path folder = Path.of(System.getProperty("matdesign.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {picture};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the screen shows where the shell is (copied from the display, so native widgets are included). */
    static Path ofShell(Shell shell, String name) {
        Display display = shell.getDisplay();
        UiWait.settle(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return save(image.getImageData(), name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
