package org.matdesign.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.ui.design.DesignSession;
import org.matdesign.ui.design.DesignSessions;
import org.matdesign.ui.internal.MatDesignPreferences;
import org.matdesign.ui.structure.StructureEditor;

/**
 * The navigator of design runs: the runs folder's run folders and the structure files in them (CIF, POSCAR,
 * pymatgen JSON) and any other folder's. Selecting a structure file puts its path in the selection, which the
 * Crystal Structure view follows; double-click opens it in the Crystal Structure editor. Refreshed when a design ends.
 */
public final class RunsView extends ViewPart {

    public static final String ID = "org.matdesign.ui.runs";

    private final Consumer<DesignSession> sessionChanged = s -> {
        if (s.state() != DesignSession.State.RUNNING) {
            refreshLater();
        }
    };
    private final Consumer<DesignSession> currentChanged = s -> s.addListener(sessionChanged);
    private final org.eclipse.jface.util.IPropertyChangeListener folderChanged = e -> {
        if (MatDesignPreferences.RUNS_FOLDER.equals(e.getProperty())) {
            refreshLater();
        }
    };
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new FolderContents());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Path) element).getFileName().toString();
            }
        });
        viewer.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
            @Override
            public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
                return ORDER.compare((Path) a, (Path) b);
            }
        });
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(viewer);
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        DesignSessions.workbench().addCurrentListener(currentChanged);
        MatDesignPreferences.store().addPropertyChangeListener(folderChanged);
        refresh();
    }

    /** Folders first, then files, by name. */
    private static final Comparator<Path> ORDER = Comparator.comparing((Path p) -> !Files.isDirectory(p))
            .thenComparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT));

    /** Re-reads the runs folder (it is created when missing). */
    public void refresh() {
        Path root = MatDesignPreferences.runsFolder();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            setContentDescription("Cannot use the runs folder " + root + ": " + e.getMessage());
        }
        setContentDescription(root.toString());
        viewer.setInput(root);
    }

    private void refreshLater() {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void open(Object element) {
        if (element instanceof Path p && Files.isDirectory(p)) {
            viewer.setExpandedState(p, !viewer.getExpandedState(p));
        } else if (element instanceof Path p && isStructureFile(p)) {
            try {
                StructureEditor.open(getSite().getPage(), p);
            } catch (org.eclipse.ui.PartInitException e) {
                setContentDescription(e.getMessage());
            }
        } else if (element instanceof Path p) {
            org.eclipse.swt.program.Program.launch(p.toString());
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** CIF, POSCAR/CONTCAR (also *.vasp) and pymatgen JSON files. */
    public static boolean isStructureFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".cif") || n.endsWith(".vasp") || n.startsWith("poscar") || n.startsWith("contcar")
                || n.endsWith(".json") && !n.equals("provenance.json") && !n.equals("candidates.json");
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DesignSessions.workbench().removeCurrentListener(currentChanged);
        MatDesignPreferences.store().removePropertyChangeListener(folderChanged);
        DesignSessions.workbench().all().forEach(s -> s.removeListener(sessionChanged));
        super.dispose();
    }

    /** Folder contents: sub-folders and files, hidden files left out. */
    private static final class FolderContents implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof Path p) || !Files.isDirectory(p)) {
                return new Object[0];
            }
            try (Stream<Path> s = Files.list(p)) {
                List<Path> children = s.filter(c -> !c.getFileName().toString().startsWith(".")).toList();
                return children.toArray();
            } catch (IOException e) {
                return new Object[0];
            }
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Path p ? p.getParent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Path p && Files.isDirectory(p);
        }
    }
}
