package org.matdesign.ui.structure.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.matdesign.ui.structure.StructureView;

/** File > Open Structure File…: asks for a CIF, POSCAR or pymatgen JSON file and shows it in the structure view. */
public final class OpenStructureFileHandler extends AbstractHandler {

    private static final String[] FILTERS = {"*.cif;*.mcif", "POSCAR*;CONTCAR*;*.vasp;*.poscar", "*.json", "*"};
    private static final String[] FILTER_NAMES = {"CIF (*.cif, *.mcif)",
        "POSCAR (POSCAR*, CONTCAR*, *.vasp, *.poscar)", "pymatgen JSON (*.json)", "All files"};

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Structure File");
        dialog.setFilterExtensions(FILTERS);
        dialog.setFilterNames(FILTER_NAMES);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            StructureView.open(window.getActivePage(), Path.of(chosen));
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the structure view", e);
        }
        return null;
    }
}
