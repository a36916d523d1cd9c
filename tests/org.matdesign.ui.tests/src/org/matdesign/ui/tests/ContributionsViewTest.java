package org.matdesign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.matdesign.ui.ContributionsView;
import org.matdesign.ui.MaterialsDesignPerspective;

class ContributionsViewTest {

    @Test
    void perspectiveShowsTheContributionsOfInstalledBundles() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench window is open");
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MaterialsDesignPerspective.ID, window);
        assertEquals("Materials Design", page.getPerspective().getLabel());

        ContributionsView view = (ContributionsView) page.showView(ContributionsView.ID);
        waitForRegistry(view);
        List<ContributionsView.Row> rows = view.shownRows();
        assertTrue(rows.contains(new ContributionsView.Row("generator", "example.rocksalt",
                "Example rock-salt generator (third party)", "org.matdesign.example.thirdparty")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.role().equals("validator") && r.id().equals("example.density")),
                rows.toString());
        UiTestSupport.screenshot(window.getShell(), "contributions");
    }

    /** SCR may activate the registry just after the view opened; give it a few seconds. */
    private static void waitForRegistry(ContributionsView view) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (view.shownRows().isEmpty() && System.currentTimeMillis() < deadline) {
            view.refresh();
            while (display.readAndDispatch()) {
                // let the UI settle
            }
        }
    }
}
