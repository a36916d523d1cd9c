package org.example.thirdparty.ui;

import java.util.ArrayList;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.api.Candidate;

/** A third party's visualizer view: the formulas of whatever candidates are selected, in any part. */
public final class FormulasView extends ViewPart {

    private org.eclipse.swt.widgets.List list;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        list = new org.eclipse.swt.widgets.List(parent, SWT.V_SCROLL);
        getSite().getPage().addSelectionListener(listener);
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (list.isDisposed() || !(selection instanceof IStructuredSelection s)) {
            return;
        }
        java.util.List<String> formulas = new ArrayList<>();
        for (Object o : s.toList()) {
            Candidate c = Adapters.adapt(o, Candidate.class);
            if (c != null) {
                formulas.add(c.id() + "  " + c.structure().composition().reducedFormula());
            }
        }
        if (!formulas.isEmpty()) {
            list.setItems(formulas.toArray(String[]::new));
        }
    }

    /** What the view lists. */
    public java.util.List<String> shown() {
        return java.util.List.of(list.getItems());
    }

    @Override
    public void setFocus() {
        list.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(listener);
        super.dispose();
    }
}
