package org.matdesign.ui.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.ui.design.CandidateEntry;
import org.matdesign.ui.design.CurrentSession;
import org.matdesign.ui.design.DesignSession;

/**
 * The candidates of the current design, one row each, filling while the campaign job runs and re-ranked when it
 * ends. Columns follow what ran (see {@link CandidateColumn}); a header click sorts, the filter list narrows the rows;
 * the selection (objects that adapt to Candidate and Structure) drives the structure viewer, the properties view and
 * any visualizer view.
 */
public final class CandidatesView extends ViewPart {

    public static final String ID = "org.matdesign.ui.candidates";

    private TableViewer viewer;
    private Label status;
    private Combo filterChoice;
    private CurrentSession current;
    private DesignSession session;
    private List<CandidateColumn> columns = List.of();
    private List<CandidateFilter> filters = List.of(CandidateFilter.ALL);
    private CandidateFilter filter = CandidateFilter.ALL;
    private CandidateColumn sortColumn;
    private int sortDirection = SWT.UP;
    private Action cancel;

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        c.setLayout(layout);
        status = new Label(c, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE).setText("Show:");
        filterChoice = new Combo(c, SWT.READ_ONLY);
        filterChoice.addListener(SWT.Selection, e -> {
            filter = filters.get(Math.max(0, filterChoice.getSelectionIndex()));
            refresh();
        });
        viewer = new TableViewer(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().setSelectionProvider(viewer);
        contextMenu();
        cancel = new Action("Cancel design") {
            @Override
            public void run() {
                if (session != null) {
                    session.cancel();
                }
            }
        };
        cancel.setToolTipText("Stop the running design; nothing is written");
        getViewSite().getActionBars().getToolBarManager().add(cancel);
        refresh();
        current = new CurrentSession(viewer.getTable(), s -> { }, this::refresh);
    }

    private void contextMenu() {
        MenuManager menu = new MenuManager();
        CandidateActions.addTo(menu, viewer, getSite());
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
    }

    /** Rebuilds columns when what ran changed, then the rows, keeping sort and filter. */
    public void refresh() {
        Table table = viewer.getTable();
        if (table.isDisposed()) {
            return;
        }
        session = current == null ? null : current.session();
        List<CandidateEntry> all = session == null ? List.of() : session.entries();
        List<CandidateColumn> next = CandidateColumn.of(all);
        if (!keys(next).equals(keys(columns))) {
            rebuildColumns(next);
        }
        updateFilters(all);
        List<CandidateEntry> shown = new ArrayList<>(all.stream().filter(filter.accepts()).toList());
        if (sortColumn != null) {
            Comparator<CandidateEntry> order = sortColumn.comparator();
            shown.sort(sortDirection == SWT.UP ? order : order.reversed());
        }
        List<String> selectedIds = CandidateActions.selected(viewer).stream().map(CandidateEntry::id).toList();
        viewer.setInput(shown.toArray());
        // Keep the selection across refreshes (rows are new objects after each stage and after ranking).
        List<CandidateEntry> again = shown.stream().filter(e -> selectedIds.contains(e.id())).toList();
        if (!again.isEmpty()) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(again), false);
        }
        cancel.setEnabled(session != null && session.state() == DesignSession.State.RUNNING);
        List<String> problems = session == null ? List.of() : session.problems();
        status.setText(session == null ? "No design yet: File > New Design"
                : session.name() + ": " + stateText(session) + "; showing " + shown.size() + " of " + all.size()
                        + (problems.isEmpty() ? "" : "; " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                                + " (hover to read " + (problems.size() == 1 ? "it" : "them") + "): " + problems.get(0)));
        status.setToolTipText(problems.isEmpty() ? null : String.join("\n", problems));
        status.getParent().layout();
    }

    /** The line above the table: the design, its state, what is shown and its problems (the tooltip lists all). */
    public String statusText() {
        return status.getText();
    }

    private static String stateText(DesignSession s) {
        return switch (s.state()) {
            case RUNNING -> "running";
            case DONE -> "done, " + s.results().sunCount() + " SUN";
            case CANCELLED, FAILED -> s.message();
        };
    }

    private static List<String> keys(List<CandidateColumn> cs) {
        return cs.stream().map(CandidateColumn::key).toList();
    }

    private void rebuildColumns(List<CandidateColumn> next) {
        Table table = viewer.getTable();
        for (TableColumn old : table.getColumns()) {
            old.dispose();
        }
        String sortKey = sortColumn == null ? null : sortColumn.key();
        sortColumn = null;
        for (CandidateColumn column : next) {
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.NONE);
            vc.getColumn().setText(column.title());
            vc.getColumn().setWidth(column.width());
            vc.getColumn().setData(column);
            vc.getColumn().setMoveable(true);
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((CandidateEntry) element);
                }
            });
            vc.getColumn().addListener(SWT.Selection, e -> sortBy(vc.getColumn()));
            if (column.key().equals(sortKey)) {
                sortColumn = column;
                table.setSortColumn(vc.getColumn());
                table.setSortDirection(sortDirection);
            }
        }
        columns = next;
    }

    /** First click sorts ascending, the next on the same column descending. */
    private void sortBy(TableColumn column) {
        CandidateColumn c = (CandidateColumn) column.getData();
        sortDirection = c.equals(sortColumn) && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = c;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(sortDirection);
        refresh();
    }

    private void updateFilters(List<CandidateEntry> all) {
        List<CandidateFilter> next = CandidateFilter.of(all);
        List<String> labels = next.stream().map(CandidateFilter::label).toList();
        if (labels.equals(filters.stream().map(CandidateFilter::label).toList())) {
            return;
        }
        filters = next;
        filterChoice.setItems(labels.toArray(String[]::new));
        int keep = labels.indexOf(filter.label());
        filter = keep < 0 ? CandidateFilter.ALL : next.get(keep);
        filterChoice.select(Math.max(0, keep));
        filterChoice.getParent().layout();
    }

    /** Chooses a filter by its label (what the list shows). */
    public void filter(String label) {
        int i = filters.stream().map(CandidateFilter::label).toList().indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no filter '" + label + "'; filters: "
                    + filters.stream().map(CandidateFilter::label).toList());
        }
        filterChoice.select(i);
        filter = filters.get(i);
        refresh();
    }

    public TableViewer viewer() {
        return viewer;
    }

    public DesignSession session() {
        return session;
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public void dispose() {
        current.dispose();
        super.dispose();
    }
}
