package org.matdesign.ui.tests.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.ui.structure.Camera;

/** Synthetic mouse events on the canvas drive the camera, and hovering names the atom under the pointer. */
class CameraGesturesTest {

    @TempDir
    Path folder;

    @Test
    void leftDragRotatesWheelZoomsShiftDragPansResetRestores() {
        try (ViewerShell s = new ViewerShell(Fixtures.read(Fixtures.NACL, folder), "nacl.cif")) {
            Camera camera = s.viewer.camera();
            assertTrue(camera.isHome());
            double[][] home = camera.rotation();

            s.drag(1, 0, 300, 200, 360, 230);
            assertFalse(Arrays.deepEquals(home, camera.rotation()), "left drag rotates");
            assertEquals(1, camera.zoom(), "rotating does not zoom");
            assertEquals(0, camera.panX());
            Screenshots.save(s.viewer.snapshot(), "camera-rotated");

            s.wheel(1);
            s.wheel(1);
            assertEquals(1.21, camera.zoom(), 1e-9, "two notches in zoom by 1.1 each");
            s.wheel(-1);
            assertEquals(1.1, camera.zoom(), 1e-9);

            double[][] beforePan = camera.rotation();
            s.drag(1, SWT.SHIFT, 300, 200, 340, 180);
            assertEquals(40, camera.panX(), 1e-9, "shift + left drag pans");
            assertEquals(-20, camera.panY(), 1e-9);
            s.drag(3, 0, 300, 200, 290, 200);
            assertEquals(30, camera.panX(), 1e-9, "right drag pans");
            assertTrue(Arrays.deepEquals(beforePan, camera.rotation()), "panning does not rotate");
            Screenshots.save(s.viewer.snapshot(), "camera-zoomed-panned");

            s.click("Reset view");
            assertTrue(camera.isHome(), "reset restores the first view");
        }
    }

    @Test
    void hoverNamesTheNearestAtomUnderThePointer() {
        try (ViewerShell s = new ViewerShell(Fixtures.read(Fixtures.NACL, folder), "nacl.cif")) {
            Point size = s.viewer.canvas().getSize();
            assertTrue(size.x > 200 && size.y > 200, "the canvas got space: " + size);
            // the centre of the picture is the cell centre: the Cl at (1/2, 1/2, 1/2) or an atom in front of it
            s.mouse(SWT.MouseMove, 0, size.x / 2, size.y / 2, 0);
            String hover = s.viewer.hoverText();
            assertNotNull(hover, "an atom lies under the centre");
            assertTrue(hover.matches("(Na|Cl)  site [1-8]/8  \\([01]\\.[05]00, [01]\\.[05]00, [01]\\.[05]00\\)"), hover);
            Screenshots.save(s.viewer.snapshot(), "hover-label");

            s.mouse(SWT.MouseMove, 0, 2, size.y - 2, 0);
            assertNull(s.viewer.hoverText(), "no atom in the corner");
        }
    }
}
