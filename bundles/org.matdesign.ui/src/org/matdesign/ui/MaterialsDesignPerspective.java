package org.matdesign.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Materials Design" perspective: the contributions view, with room for the design views to come. */
public final class MaterialsDesignPerspective implements IPerspectiveFactory {

    public static final String ID = "org.matdesign.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(ContributionsView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
