package org.matdesign.ui.structure;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * A structure file (CIF, POSCAR, pymatgen JSON) in the editor area, shown by the same viewer as the Crystal Structure
 * view: what a double-click on such a file opens in an Eclipse IDE's Project Explorer and in the Design Runs
 * navigator. Read-only; a file that does not parse shows the parser's message.
 */
public final class StructureEditor extends EditorPart {

    public static final String ID = "org.matdesign.ui.structureEditor";

    private StructureViewer viewer;
    private Path file;

    /** Opens a file in the editor area (the open editor of that file when there is one). */
    public static StructureEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        return (StructureEditor) page.openEditor(new StructureFileInput(file), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        file = pathOf(input);
        if (file == null) {
            throw new PartInitException("the Crystal Structure editor opens files; got " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    /** The file behind an editor input: a path input (our local files, the IDE's workspace files). */
    static Path pathOf(IEditorInput input) {
        return input instanceof IPathEditorInput p ? p.getPath().toPath() : null;
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new StructureViewer(parent, org.eclipse.swt.SWT.NONE);
        viewer.showFile(file);
    }

    public StructureViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
