package org.matdesign.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Lists every registered generator, optimizer, validator and visualizer with its contributing bundle. */
public final class ContributionsView extends ViewPart {

    public static final String ID = "org.matdesign.ui.contributions";

    private TableViewer viewer;

    /** One table row; also what tests read back. */
    public record Row(String role, String id, String name, String bundle) {
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Role", 90, Row::role);
        column("Id", 200, Row::id);
        column("Name", 260, Row::name);
        column("Bundle", 260, Row::bundle);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }

    /** Re-reads the registry (contributions can come and go with bundles). */
    public void refresh() {
        viewer.setInput(rows().toArray());
    }

    /** The rows currently shown. */
    public List<Row> shownRows() {
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            shown.add((Row) viewer.getElementAt(i));
        }
        return shown;
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        ContributionRegistry registry = registry();
        if (registry == null) {
            return rows;
        }
        for (Role role : Role.values()) {
            for (Contribution c : registry.contributions(role)) {
                rows.add(new Row(role.label(), c.id(), c.name(), c.bundle()));
            }
        }
        return rows;
    }

    private static ContributionRegistry registry() {
        Bundle bundle = FrameworkUtil.getBundle(ContributionsView.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceReference<ContributionRegistry> reference = context.getServiceReference(ContributionRegistry.class);
        return reference == null ? null : context.getService(reference);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
