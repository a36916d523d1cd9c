package org.matdesign.ui.structure.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

/** Puts a rendered picture on the clipboard or into a PNG file. */
public final class ImageExport {

    private ImageExport() {
    }

    public static void copyToClipboard(Display display, ImageData picture) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] {picture}, new Transfer[] {ImageTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * Asks where to save the picture (suggesting {@code name} without its extension, plus .png) and saves it; a
     * failure is reported in a message box.
     */
    public static void savePngWithDialog(Shell shell, ImageData picture, String name) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export PNG");
        dialog.setFilterExtensions(new String[] {"*.png"});
        dialog.setFileName(name.replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            savePng(picture, Path.of(chosen));
        } catch (IOException e) {
            MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
            box.setText("Export PNG");
            box.setMessage(e.getMessage());
            box.open();
        }
    }

    /** Writes the picture as PNG, replacing the file; the parent folder must exist. */
    public static void savePng(ImageData picture, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {picture};
        try (OutputStream out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        } catch (SWTException e) {
            throw new IOException("cannot write PNG " + file + ": " + e.getMessage(), e);
        }
    }
}
