package org.matdesign.ui.candidates;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.ui.design.CandidateEntry;

/** Everything known of the candidate selected in the candidates view: cell, predictions, each verdict's detail. */
public final class CandidatePropertiesView extends ViewPart {

    public static final String ID = "org.matdesign.ui.candidateProperties";

    private TableViewer viewer;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Group", 130, CandidateFacts.Fact::group);
        column("Property", 150, CandidateFacts.Fact::name);
        column("Value", 320, CandidateFacts.Fact::value);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().getPage().addSelectionListener(CandidatesView.ID, listener);
        selectionChanged(null, getSite().getPage().getSelection(CandidatesView.ID));
    }

    private void column(String title, int width, Function<CandidateFacts.Fact, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CandidateFacts.Fact) element);
            }
        });
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof CandidateEntry e) {
            viewer.setInput(CandidateFacts.of(e).toArray());
        } else {
            viewer.setInput(List.of().toArray());
        }
    }

    /** The lines shown (tests read them). */
    public List<CandidateFacts.Fact> shown() {
        Object input = viewer.getInput();
        return input == null ? List.of() : Arrays.stream((Object[]) input)
                .map(CandidateFacts.Fact.class::cast).toList();
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(CandidatesView.ID, listener);
        super.dispose();
    }
}
