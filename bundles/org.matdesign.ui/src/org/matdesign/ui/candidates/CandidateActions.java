package org.matdesign.ui.candidates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.matdesign.api.RankedCandidate;
import org.matdesign.outputs.CifVisualizer;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifWriter;
import org.matdesign.core.io.PoscarWriter;
import org.matdesign.ui.design.CandidateEntry;
import org.matdesign.ui.structure.StructureEditor;
import org.matdesign.ui.structure.StructureView;

/**
 * The candidates table's context menu: show the structure, copy as CIF or POSCAR, export the selected candidates
 * as CIF files into a folder (existing files are never replaced), reveal the candidate in the run's report.
 */
final class CandidateActions {

    private CandidateActions() {
    }

    static void addTo(IMenuManager menu, TableViewer viewer, IWorkbenchPartSite site) {
        menu.add(action("Show Structure", () -> selected(viewer).stream().findFirst().ifPresent(e -> {
            try {
                StructureView.show(site.getPage(), e.candidate().structure(), e.id() + " " + e.formula());
            } catch (PartInitException ex) {
                error(site.getWorkbenchWindow(), ex.getMessage());
            }
        })));
        menu.add(action("Open CIF", () -> selected(viewer).stream().findFirst().ifPresent(e -> {
            Path cif = e.session().output().resolve(cifName(e));
            try {
                if (e.ranked() && Files.isRegularFile(cif)) {
                    StructureEditor.open(site.getPage(), cif);
                } else {
                    error(site.getWorkbenchWindow(), "The CIF files are written when the design ends");
                }
            } catch (PartInitException ex) {
                error(site.getWorkbenchWindow(), ex.getMessage());
            }
        })));
        menu.add(new Separator());
        menu.add(action("Copy as CIF", () -> copy(viewer, e -> CifWriter.write(e.candidate().structure(), blockName(e)))));
        menu.add(action("Copy as POSCAR", () -> copy(viewer, e -> PoscarWriter.write(e.candidate().structure(),
                e.id() + " " + e.formula()))));
        menu.add(action("Export Selected as CIF...", () -> export(viewer, site.getWorkbenchWindow())));
        menu.add(new Separator());
        menu.add(action("Reveal in Report", () -> reveal(viewer, site.getWorkbenchWindow())));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    static List<CandidateEntry> selected(TableViewer viewer) {
        List<CandidateEntry> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (o instanceof CandidateEntry e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The name outputs.cif gives the candidate's file. */
    static String cifName(CandidateEntry e) {
        return CifVisualizer.fileName(new RankedCandidate(Math.max(1, e.rank()), e.target(), e.candidate(),
                Boolean.TRUE.equals(e.sun())));
    }

    private static String blockName(CandidateEntry e) {
        return e.id() + "_" + e.formula();
    }

    /** The selected candidates' text, one after the other, on the clipboard. */
    static String copy(TableViewer viewer, Function<CandidateEntry, String> text) {
        StringBuilder b = new StringBuilder();
        selected(viewer).forEach(e -> b.append(text.apply(e)));
        if (b.isEmpty()) {
            return "";
        }
        Clipboard clipboard = new Clipboard(viewer.getTable().getDisplay());
        try {
            clipboard.setContents(new Object[] {b.toString()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        return b.toString();
    }

    private static void export(TableViewer viewer, IWorkbenchWindow window) {
        List<CandidateEntry> chosen = selected(viewer);
        if (chosen.isEmpty()) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText("Export " + chosen.size() + " candidates as CIF");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        List<String> skipped = new ArrayList<>();
        for (CandidateEntry e : chosen) {
            Path file = Path.of(folder, cifName(e));
            Structure s = e.candidate().structure();
            try {
                if (Files.exists(file)) {
                    skipped.add(file.getFileName() + " (exists)");
                    continue;
                }
                Files.writeString(file, CifWriter.write(s, blockName(e)));
            } catch (IOException ex) {
                skipped.add(file.getFileName() + " (" + ex.getMessage() + ")");
            }
        }
        if (!skipped.isEmpty()) {
            error(window, "Not written: " + String.join(", ", skipped));
        }
    }

    private static void reveal(TableViewer viewer, IWorkbenchWindow window) {
        List<CandidateEntry> chosen = selected(viewer);
        if (chosen.isEmpty()) {
            return;
        }
        CandidateEntry e = chosen.get(0);
        Path report = e.session().output().resolve("report.html");
        if (!e.ranked() || !Files.isRegularFile(report)) {
            error(window, "The report is written when the design ends" + (e.ranked() ? "; " + report + " is missing"
                    : ""));
            return;
        }
        Program.launch(report.toUri() + "#" + e.id());
    }

    private static void error(IWorkbenchWindow window, String message) {
        MessageDialog.openInformation(window.getShell(), "MatDesign", message);
    }
}
