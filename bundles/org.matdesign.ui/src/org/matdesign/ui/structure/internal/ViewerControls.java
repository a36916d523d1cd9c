package org.matdesign.ui.structure.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.matdesign.ui.structure.SceneOptions;
import org.matdesign.ui.structure.StructureViewer;

/** The row above the picture: view buttons, layer toggles, image export and the supercell spinners. */
public final class ViewerControls extends Composite {

    private final ToolItem bonds;
    private final ToolItem cell;
    private final ToolItem labels;
    private final ToolItem boundary;
    private final Spinner[] repeats = new Spinner[3];

    public ViewerControls(Composite parent, StructureViewer viewer) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(8, false);
        layout.marginHeight = 2;
        layout.marginWidth = 4;
        setLayout(layout);
        ToolBar bar = new ToolBar(this, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        push(bar, "Reset view", "Back to the first orientation and size", viewer::resetView);
        new ToolItem(bar, SWT.SEPARATOR);
        bonds = check(bar, "Bonds", "Show bonds (covalent radii)", viewer::setShowBonds);
        cell = check(bar, "Cell", "Show the unit cell", viewer::setShowCell);
        labels = check(bar, "Labels", "Show element symbols on the atoms", viewer::setShowLabels);
        boundary = check(bar, "Boundary atoms", "Show periodic images on the faces, edges and corners",
                viewer::setShowBoundaryAtoms);
        new ToolItem(bar, SWT.SEPARATOR);
        push(bar, "Copy image", "Copy the picture to the clipboard", viewer::copyImage);
        push(bar, "Export PNG\u2026", "Save the picture as a PNG file", viewer::exportPngWithDialog);
        new Label(this, SWT.NONE).setText("Supercell");
        String[] axes = {"a", "b", "c"};
        for (int k = 0; k < 3; k++) {
            new Label(this, SWT.NONE).setText(axes[k]);
            Spinner spinner = new Spinner(this, SWT.BORDER);
            spinner.setValues(1, 1, SceneOptions.MAX_REPEAT, 0, 1, 1);
            spinner.setToolTipText("Cells along " + axes[k]);
            spinner.addListener(SWT.Selection, e -> viewer.setSupercell(repeats[0].getSelection(),
                    repeats[1].getSelection(), repeats[2].getSelection()));
            repeats[k] = spinner;
        }
    }

    /** Shows the viewer's current settings. */
    public void show(SceneOptions scene, RenderOptions render) {
        bonds.setSelection(render.bonds());
        cell.setSelection(render.cell());
        labels.setSelection(render.labels());
        boundary.setSelection(scene.boundaryAtoms());
        for (int k = 0; k < 3; k++) {
            if (repeats[k].getSelection() != scene.repeat(k)) {
                repeats[k].setSelection(scene.repeat(k));
            }
        }
    }

    private static void push(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private static ToolItem check(ToolBar bar, String text, String tip, Consumer<Boolean> action) {
        ToolItem item = new ToolItem(bar, SWT.CHECK);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.accept(item.getSelection()));
        return item;
    }
}
