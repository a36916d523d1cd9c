package org.matdesign.ui.structure;

import java.nio.file.Path;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.core.Structure;
import org.matdesign.ui.structure.internal.SelectionStructures;

/**
 * The crystal structure view. It shows files opened with File > Open Structure File…, files dropped on it, and
 * whatever the workbench selection holds that adapts to {@link Structure} (or is a structure file).
 */
public final class StructureView extends ViewPart {

    public static final String ID = "org.matdesign.ui.structure";
    /** The command behind File > Open Structure File… (asks for a file, then shows it here). */
    public static final String OPEN_FILE_COMMAND = "org.matdesign.ui.structure.open";

    private final ISelectionListener selectionListener = this::selectionChanged;
    private StructureViewer viewer;

    /** Shows the view on the page and the structure file in it (a file that does not parse shows its problem). */
    public static StructureView open(IWorkbenchPage page, Path file) throws PartInitException {
        StructureView view = (StructureView) page.showView(ID);
        view.showFile(file);
        return view;
    }

    /** Shows the view on the page and the structure in it; {@code title} may be null. */
    public static StructureView show(IWorkbenchPage page, Structure structure, String title)
            throws PartInitException {
        StructureView view = (StructureView) page.showView(ID);
        view.showStructure(structure, title);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new StructureViewer(parent, SWT.NONE);
        viewer.enableFileDrop(this::showFile);
        IWorkbenchPage page = getSite().getPage();
        page.addSelectionListener(selectionListener);
        ISelection current = page.getSelection();
        if (current != null) {
            selectionChanged(null, current);
        }
    }

    /** Reads and shows a structure file; a problem with the file is shown in the view, not thrown. */
    public void showFile(Path file) {
        viewer.showFile(file);
        setContentDescription(String.valueOf(file.getFileName()));
    }

    public void showStructure(Structure structure, String title) {
        setContentDescription(title == null ? structure.composition().reducedFormula() : title);
        viewer.setStructure(structure, title);
    }

    public StructureViewer viewer() {
        return viewer;
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || viewer == null || viewer.isDisposed()) {
            return;
        }
        SelectionStructures.find(selection).ifPresent(found -> {
            if (found.file() != null) {
                showFile(found.file());
            } else {
                showStructure(found.structure(), found.title());
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.canvas().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
    }
}
