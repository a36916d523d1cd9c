package org.matdesign.ui.structure.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.matdesign.ui.structure.Camera;

/**
 * Mouse gestures on a control drive a camera: left drag rotates, right, middle or shift+left drag pans, the wheel
 * zooms. Moves without a button report the pointer for hover picking.
 */
public final class CameraMouseControl implements Listener {

    /** Radians per pixel of drag: a drag across 300 pixels turns the model by about half a turn. */
    private static final double RADIANS_PER_PIXEL = 0.01;
    /** Zoom factor per wheel notch. */
    private static final double WHEEL_ZOOM = 1.1;

    private enum Drag { NONE, ROTATE, PAN }

    /** Where the pointer is while no button is down; (-1, -1) when it left the control. */
    @FunctionalInterface
    public interface Pointer {
        void at(int x, int y);
    }

    private final Camera camera;
    private final Runnable changed;
    private final Pointer hover;
    private Drag drag = Drag.NONE;
    private int lastX;
    private int lastY;

    /** @param changed runs after every camera change */
    public CameraMouseControl(Camera camera, Runnable changed, Pointer hover) {
        this.camera = camera;
        this.changed = changed;
        this.hover = hover;
    }

    public void install(Control control) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseVerticalWheel,
            SWT.MouseExit}) {
            control.addListener(type, this);
        }
    }

    @Override
    public void handleEvent(Event e) {
        switch (e.type) {
            case SWT.MouseDown -> {
                boolean pan = e.button == 2 || e.button == 3 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0);
                drag = e.button <= 3 ? (pan ? Drag.PAN : Drag.ROTATE) : Drag.NONE;
                lastX = e.x;
                lastY = e.y;
            }
            case SWT.MouseMove -> move(e.x, e.y);
            case SWT.MouseUp -> drag = Drag.NONE;
            case SWT.MouseVerticalWheel -> {
                if (e.count != 0) {
                    camera.zoomBy(Math.pow(WHEEL_ZOOM, Math.signum(e.count)));
                    changed.run();
                }
            }
            case SWT.MouseExit -> hover.at(-1, -1);
            default -> {
                // not installed for other events
            }
        }
    }

    private void move(int x, int y) {
        int dx = x - lastX;
        int dy = y - lastY;
        lastX = x;
        lastY = y;
        switch (drag) {
            case ROTATE -> camera.rotate(dy * RADIANS_PER_PIXEL, dx * RADIANS_PER_PIXEL);
            case PAN -> camera.pan(dx, dy);
            case NONE -> {
                hover.at(x, y);
                return;
            }
        }
        changed.run();
    }
}
