package org.matdesign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.ui.MaterialsDesignPerspective;
import org.matdesign.ui.candidates.CandidatePropertiesView;
import org.matdesign.ui.candidates.CandidatesView;
import org.matdesign.ui.internal.AboutDialog;
import org.matdesign.ui.internal.VisualizationsMenu;
import org.matdesign.ui.plots.PlotsView;
import org.matdesign.ui.runs.RunsView;

/** The product's window: the perspective's views, the menus, the visualizer views (a third party's too), About. */
class WorkbenchTest {

    @Test
    void perspectiveMenusAndVisualizerViews() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MaterialsDesignPerspective.ID, window);
        for (String id : List.of(CandidatesView.ID, PlotsView.ID, CandidatePropertiesView.ID, RunsView.ID,
                MaterialsDesignPerspective.PROGRESS_VIEW)) {
            assertNotNull(page.findViewReference(id), id + " is laid out in the perspective");
            assertNotNull(page.showView(id), id + " opens");
        }

        List<String> menus = new ArrayList<>();
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            menus.add(item.getText().replace("&", ""));
        }
        assertTrue(menus.containsAll(List.of("File", "Window", "Help")), menus.toString());
        assertTrue(items(window, "File").contains("New Design..."), items(window, "File").toString());
        assertTrue(items(window, "Help").contains("About MatDesign"), items(window, "Help").toString());
        assertTrue(items(window, "Window").stream().anyMatch(s -> s.startsWith("Preferences")),
                items(window, "Window").toString());

        ContributionRegistry registry = ContributionRegistry.await(getClass(), 10_000);
        List<String> views = VisualizationsMenu.views(registry).stream().map(Contribution::id).toList();
        assertTrue(views.containsAll(List.of("ui.candidates", "ui.plots", "ui.properties", "ui.structure", "ui.latent-map", "ui.training",
                "example.formulas-view")), views.toString());
        Contribution example = registry.find(org.matdesign.api.Role.VISUALIZER, "example.formulas-view").orElseThrow();
        assertEquals("org.matdesign.example.thirdparty.ui", example.bundle());
        assertNotNull(page.showView(example.view().orElseThrow()), "the third party's view opens");

        List<String> bundles = AboutDialog.bundles().stream().map(r -> r[0] + " " + r[1]).toList();
        assertTrue(bundles.stream().anyMatch(b -> b.startsWith("org.matdesign.ui 1.0.0")), bundles.toString());
        assertTrue(bundles.stream().anyMatch(b -> b.startsWith("org.matdesign.engine ")), bundles.toString());
        UiTestSupport.screenshot(window.getShell(), "workbench-perspective");
    }

    /** The texts of a menu bar menu, after letting its manager fill it as opening it would. */
    private static List<String> items(IWorkbenchWindow window, String menu) {
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals(menu)) {
                Menu m = item.getMenu();
                m.notifyListeners(SWT.Show, new Event());
                List<String> out = new ArrayList<>();
                for (MenuItem i : m.getItems()) {
                    out.add(i.getText().replace("&", "").split("\t")[0]);
                }
                m.notifyListeners(SWT.Hide, new Event());
                return out;
            }
        }
        return List.of();
    }
}
