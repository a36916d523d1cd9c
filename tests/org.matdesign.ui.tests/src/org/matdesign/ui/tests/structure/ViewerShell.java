package org.matdesign.ui.tests.structure;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.matdesign.core.Structure;
import org.matdesign.ui.structure.StructureViewer;

/** A structure viewer alone in an open shell, and helpers that act on its controls as a user would. */
final class ViewerShell implements AutoCloseable {

    final Shell shell;
    final StructureViewer viewer;

    /** @param structure may be null for an empty viewer */
    ViewerShell(Structure structure, String title) {
        shell = new Shell(Display.getCurrent(), SWT.SHELL_TRIM);
        shell.setText("Structure viewer test");
        shell.setLayout(new FillLayout());
        viewer = new StructureViewer(shell, SWT.NONE);
        if (structure != null) {
            viewer.setStructure(structure, title);
        }
        shell.setBounds(20, 20, 900, 640);
        shell.open();
        UiWait.settle(shell.getDisplay());
        // the first paint computes the projection that hover picking uses
        viewer.canvas().redraw();
        viewer.canvas().update();
        UiWait.settle(shell.getDisplay());
    }

    void mouse(int type, int button, int x, int y, int stateMask) {
        Event e = new Event();
        e.button = button;
        e.x = x;
        e.y = y;
        e.stateMask = stateMask;
        viewer.canvas().notifyListeners(type, e);
    }

    void wheel(int count) {
        Event e = new Event();
        e.count = count;
        viewer.canvas().notifyListeners(SWT.MouseVerticalWheel, e);
    }

    void drag(int button, int stateMask, int x0, int y0, int x1, int y1) {
        mouse(SWT.MouseDown, button, x0, y0, stateMask);
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            mouse(SWT.MouseMove, 0, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps, stateMask);
        }
        mouse(SWT.MouseUp, button, x1, y1, stateMask);
    }

    /** Clicks the tool item with this text (a check item flips first, as a real click does). */
    void click(String text) {
        ToolItem item = toolItem(viewer, text);
        if ((item.getStyle() & SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** Sets supercell spinner {@code axis} (0..2) as if the user had typed the value. */
    void supercell(int axis, int value) {
        Spinner spinner = spinners(viewer)[axis];
        spinner.setSelection(value);
        spinner.notifyListeners(SWT.Selection, new Event());
    }

    static ToolItem toolItem(Control root, String text) {
        for (ToolBar bar : ControlTree.all(root, ToolBar.class)) {
            for (ToolItem item : bar.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no tool item '" + text + "'");
    }

    static Spinner[] spinners(Control root) {
        return ControlTree.all(root, Spinner.class).toArray(Spinner[]::new);
    }

    @Override
    public void close() {
        shell.dispose();
    }
}
