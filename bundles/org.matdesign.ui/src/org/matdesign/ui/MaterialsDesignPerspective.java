package org.matdesign.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.matdesign.ui.candidates.CandidatePropertiesView;
import org.matdesign.ui.candidates.CandidatesView;
import org.matdesign.ui.latent.LatentMapView;
import org.matdesign.ui.plots.PlotsView;
import org.matdesign.ui.runs.RunsView;
import org.matdesign.ui.structure.StructureView;
import org.matdesign.ui.training.TrainingView;

/**
 * The "Materials Design" perspective, laid out for the work: the runs navigator (and the installed contributions) on
 * the left, the Crystal Structure view (the selected candidate or file) beside the editor area (opened structure files),
 * plots, properties and the latent map on the right, the candidates table, the Progress view and the training
 * monitor along the bottom.
 */
public final class MaterialsDesignPerspective implements IPerspectiveFactory {

    public static final String ID = "org.matdesign.ui.perspective";
    /** The platform's Progress view, declared by this bundle (plugin.xml) since RCP products have no IDE bundle. */
    public static final String PROGRESS_VIEW = "org.matdesign.ui.progress";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(CandidatesView.ID);
        bottom.addView(PROGRESS_VIEW);
        bottom.addView(TrainingView.ID);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editors);
        left.addView(RunsView.ID);
        left.addView(ContributionsView.ID);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.55f, editors);
        right.addView(PlotsView.ID);
        right.addView(CandidatePropertiesView.ID);
        right.addView(LatentMapView.ID);
        // the selection's crystal next to the editor area, where opened structure files go
        layout.addView(StructureView.ID, IPageLayout.LEFT, 0.5f, editors);
        for (String view : new String[] {CandidatesView.ID, PlotsView.ID, CandidatePropertiesView.ID, RunsView.ID,
                StructureView.ID, LatentMapView.ID, TrainingView.ID, ContributionsView.ID, PROGRESS_VIEW}) {
            layout.addShowViewShortcut(view);
        }
    }
}
