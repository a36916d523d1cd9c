package org.matdesign.ui.tests.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pixels of offscreen renders: shaded atoms, the legend, and pictures that follow the controls. */
class StructureRenderingTest {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 520;

    @TempDir
    Path folder;

    @Test
    void offscreenRenderIsShadedAndHasALegendWithTheElementColours() {
        try (ViewerShell s = new ViewerShell(Fixtures.read(Fixtures.NACL, folder), "nacl.cif")) {
            ImageData picture = render(s);
            Screenshots.save(picture, "render-nacl-1x1x1");
            double ink = Pixels.ink(picture);
            assertTrue(ink > 0.08 && ink < 0.9, "atoms cover part of the picture: " + ink);
            int colors = Pixels.distinctColors(picture);
            assertTrue(colors > 200, "shaded spheres give gradients, not flat discs: " + colors + " colours");
            // the legend lies in the upper left corner: a purple Na sphere and a green Cl sphere
            assertTrue(Pixels.anyIn(picture, 0, 0, 60, 70, StructureRenderingTest::purple), "Na in the legend");
            assertTrue(Pixels.anyIn(picture, 0, 0, 60, 70, StructureRenderingTest::green), "Cl in the legend");
        }
    }

    @Test
    void supercellSpinnersAndLayerTogglesChangeThePicture() {
        try (ViewerShell s = new ViewerShell(Fixtures.read(Fixtures.NACL, folder), "nacl.cif")) {
            ImageData single = render(s);
            int atoms = s.viewer.scene().atoms().size();
            s.supercell(0, 2);
            s.supercell(1, 2);
            s.supercell(2, 2);
            assertEquals(125, s.viewer.scene().atoms().size(), "5 x 5 x 5 grid points");
            assertTrue(s.viewer.scene().atoms().size() > atoms);
            ImageData doubled = render(s);
            Screenshots.save(doubled, "render-nacl-2x2x2");
            assertTrue(Pixels.difference(single, doubled) > 0.05, "2x2x2 draws a different picture");

            s.click("Bonds");
            ImageData noBonds = render(s);
            assertTrue(Pixels.difference(doubled, noBonds) > 0.005, "hiding bonds changes the picture");
            s.click("Labels");
            ImageData labelled = render(s);
            Screenshots.save(labelled, "render-nacl-2x2x2-labels-no-bonds");
            assertTrue(Pixels.difference(noBonds, labelled) > 0.001, "labels are drawn");
            s.click("Boundary atoms");
            assertEquals(64, s.viewer.scene().atoms().size(), "without boundary atoms: 4 x 4 x 4 grid points");
            s.click("Cell");
            ImageData noCell = render(s);
            s.click("Cell");
            assertTrue(Pixels.difference(noCell, render(s)) > 0.001, "the cell edges are drawn");
        }
    }

    @Test
    void exportWritesAPngOfTheCanvasSize() throws Exception {
        try (ViewerShell s = new ViewerShell(Fixtures.read(Fixtures.NACL, folder), "nacl.cif")) {
            Path file = folder.resolve("picture.png");
            s.viewer.exportPng(file);
            assertTrue(Files.size(file) > 1000);
            ImageData read = new ImageLoader().load(file.toString())[0];
            assertEquals(s.viewer.canvas().getSize().x, read.width);
            assertEquals(s.viewer.canvas().getSize().y, read.height);
            assertFalse(Pixels.ink(read) < 0.05, "the PNG holds the picture");
        }
    }

    @Test
    void copyImagePutsThePictureOnTheClipboard() {
        try (ViewerShell s = new ViewerShell(Fixtures.read(Fixtures.NACL, folder), "nacl.cif")) {
            s.click("Copy image");
            Clipboard clipboard = new Clipboard(s.shell.getDisplay());
            try {
                Object contents = clipboard.getContents(ImageTransfer.getInstance());
                assertTrue(contents instanceof ImageData, "an image is on the clipboard: " + contents);
                assertEquals(s.viewer.canvas().getSize().x, ((ImageData) contents).width);
            } finally {
                clipboard.dispose();
            }
        }
    }

    @Test
    void anEmptyViewerSaysHowToOpenAStructure() {
        try (ViewerShell s = new ViewerShell(null, null)) {
            ImageData picture = render(s);
            Screenshots.save(picture, "render-empty");
            double ink = Pixels.ink(picture);
            assertTrue(ink > 0.001 && ink < 0.05, "only the hint text: " + ink);
            assertNull(s.viewer.scene());
        }
    }

    private static ImageData render(ViewerShell s) {
        Image image = new Image(Display.getCurrent(), WIDTH, HEIGHT);
        try {
            s.viewer.renderTo(image);
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** Na is Jmol purple (171, 92, 242), shaded darker or lighter. */
    private static boolean purple(RGB c) {
        return c.blue > c.green + 60 && c.red > c.green + 30;
    }

    /** Cl is Jmol green (31, 240, 31). */
    private static boolean green(RGB c) {
        return c.green > c.red + 80 && c.green > c.blue + 80;
    }
}
