package org.matdesign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.example.thirdparty.ui.FormulasView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Verdict;
import org.matdesign.ui.MaterialsDesignPerspective;
import org.matdesign.ui.candidates.CandidatePropertiesView;
import org.matdesign.ui.candidates.CandidatesView;
import org.matdesign.ui.design.CandidateEntry;
import org.matdesign.ui.design.DesignSession;
import org.matdesign.ui.design.wizard.DesignWizard;
import org.matdesign.ui.internal.MatDesignPreferences;
import org.matdesign.ui.latent.LatentMap;
import org.matdesign.ui.latent.LatentMapView;
import org.matdesign.ui.plots.PlotsView;
import org.matdesign.ui.runs.RunsView;
import org.matdesign.ui.structure.StructureEditor;
import org.matdesign.ui.structure.StructureView;

/**
 * A design from the workbench, as a user runs it: the wizard (targets and settings held against their declarations),
 * Finish scheduling the engine's campaign job, the candidates table (rows, sorting, filters, selection driving the
 * properties view and a third party's view), the plots, and cancellation leaving no output. Uses the third party's
 * paced generator (no model bundle needed) and the built-in validators.
 */
class DesignWorkbenchTest {

    private static final List<String> VALIDATORS = List.of("structural_validity", "charge_neutrality", "uniqueness",
            "example.density");

    @TempDir
    static Path runs;

    private static ContributionRegistry registry;

    @BeforeAll
    static void preferences() {
        MatDesignPreferences.store().setValue(MatDesignPreferences.RUNS_FOLDER, runs.toString());
        registry = ContributionRegistry.await(DesignWorkbenchTest.class, 10_000);
        assertNotNull(registry, "registry service");
    }

    /** Exposes what a user clicks. */
    static final class Dialog extends WizardDialog {
        Dialog(Shell shell, DesignWizard wizard) {
            super(shell, wizard);
            setBlockOnOpen(false);
        }

        Button finish() {
            return getButton(org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID);
        }

        void pressFinish() {
            finishPressed();
        }
    }

    private static Dialog open(DesignWizard wizard) {
        Dialog d = new Dialog(window().getShell(), wizard);
        d.open();
        return d;
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    private static DesignWizard wizard() {
        return new DesignWizard(registry, runs, null, MatDesignPreferences.timeLimits(), "example.paced");
    }

    @Test
    void wizardHoldsTargetsAndSettingsAgainstTheirDeclarations() {
        DesignWizard wizard = wizard();
        Dialog dialog = open(wizard);
        try {
            wizard.preset("ui-invalid", "example.paced", null, "band_gap=abc", 4, 1, 1, VALIDATORS);
            IWizardPage targets = wizard.getPage("targets");
            assertTrue(String.valueOf(errorOf(targets)).contains("band_gap"), String.valueOf(errorOf(targets)));
            assertFalse(dialog.finish().isEnabled(), "Finish is off while a target is malformed");

            wizard.preset("ui-invalid", "example.paced", null, "band_gap=1.0..1.5", 4, 1, 1, VALIDATORS);
            assertNull(errorOf(targets));
            Label coverage = (Label) find(dialog.getShell(), c -> "coverage".equals(c.getData("name")));
            // 48 toy training crystals with band gaps around 1-4 eV: some lie near 1.0-1.5
            UiTestSupport.waitUntil("the coverage line", 10_000,
                    () -> coverage.getText().contains(" of 48 training crystals lie near band_gap"));
            assertTrue(coverage.getText().matches("\\d+ of 48 .*"), coverage.getText());

            dialog.showPage(wizard.getPage("settings"));
            Text max = (Text) wizard.settingField("example.density", "max");
            assertNotNull(max, "a form field generated from example.density's declaration");
            max.setText("500");
            String error = errorOf(wizard.getPage("settings"));
            assertTrue(error != null && error.contains("example.density.max") && error.contains("100"), error);
            assertFalse(dialog.finish().isEnabled(), "Finish is off while a setting is out of range");
            max.setText("30");
            assertNull(errorOf(wizard.getPage("settings")));
            assertEquals("30", wizard.parameters().settings().get("example.density").get("max"));
            UiTestSupport.screenshot(dialog.getShell(), "wizard-settings");
        } finally {
            dialog.close();
        }
    }

    @Test
    void aDesignRunsToTheEndAndFillsTheViews() throws WorkbenchException {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MaterialsDesignPerspective.ID, window());
        DesignWizard wizard = wizard();
        Dialog dialog = open(wizard);
        wizard.preset("ui-run", "example.paced", null, "band_gap=1.2\nformation_energy=-0.5", 40, 1, 3, VALIDATORS);
        assertTrue(dialog.finish().isEnabled());
        DesignSession session = finish(dialog, wizard);
        List<String> heard = new CopyOnWriteArrayList<>();
        session.addListener(s -> heard.add(s.state() + ":" + s.lastStage()));
        CandidatesView view = (CandidatesView) page.showView(CandidatesView.ID);

        UiTestSupport.waitUntil("the design to end", 60_000, () -> session.state() != DesignSession.State.RUNNING);
        assertEquals(DesignSession.State.DONE, session.state(), session.message());
        assertTrue(heard.stream().anyMatch(h -> h.startsWith("RUNNING:")), "rows streamed before the end: " + heard);
        Table table = view.viewer().getTable();
        UiTestSupport.waitUntil("40 ranked rows", 5_000, () -> table.getItemCount() == 40
                && !table.getItem(0).getText(0).equals("…"));
        List<String> titles = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
        assertTrue(titles.containsAll(List.of("Rank", "Formula", "band_gap (model)", "formation_energy (model)",
                "structural_validity", "uniqueness", "example.density", "SUN")), titles.toString());
        assertTrue(Files.isRegularFile(runs.resolve("ui-run").resolve("candidates.csv")), "outputs were written");
        openACifFromTheRunsNavigator(page, session);

        int formula = titles.indexOf("Formula");
        click(table.getColumn(formula));
        List<String> up = column(table, formula);
        assertEquals(up.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), up);
        click(table.getColumn(formula));
        List<String> down = column(table, formula);
        assertEquals(sortedDown(up), down, "the second click sorts descending");

        StructureView structure = (StructureView) page.showView(StructureView.ID);
        FormulasView formulas = (FormulasView) page.showView("org.example.thirdparty.ui.formulas");
        CandidatePropertiesView properties = (CandidatePropertiesView) page.showView(CandidatePropertiesView.ID);
        page.activate(view);
        select(table, 2);
        CandidateEntry chosen = (CandidateEntry) table.getItem(2).getData();
        UiTestSupport.waitUntil("the selection to reach the properties view", 5_000,
                () -> properties.shown().stream().anyMatch(f -> f.value().equals(chosen.id())));
        assertEquals(List.of(chosen.id() + "  " + chosen.formula()), formulas.shown(),
                "a third party's visualizer view follows the selection");
        UiTestSupport.waitUntil("the structure viewer to show the selected candidate", 5_000,
                () -> structure.viewer().structure() == chosen.candidate().structure());

        long sun = session.results().sunCount();
        view.filter("SUN only");
        assertEquals(sun, table.getItemCount());
        view.filter("Passed example.density");
        long dense = session.entries().stream().filter(e -> {
            Verdict v = e.candidate().verdicts().get("example.density");
            return v != null && v.passed();
        }).count();
        assertEquals(dense, table.getItemCount());
        view.filter("All candidates");
        assertEquals(40, table.getItemCount());
        UiTestSupport.screenshot(window().getShell(), "design-done");

        PlotsView plots = (PlotsView) page.showView(PlotsView.ID);
        UiTestSupport.settle(300);
        ISeries<?> head = plots.chart("parity").getSeriesSet().getSeries("model head");
        assertNotNull(head, "target vs predicted has the model head's series");
        assertEquals(40, head.getYSeries().length);
        for (double x : head.getXSeries()) {
            assertEquals(1.2, x, 1e-12, "x is the band-gap target");
        }
        ISeries<?> funnel = plots.chart("funnel").getSeriesSet().getSeries("candidates left");
        assertEquals(session.results().funnel().size(), funnel.getYSeries().length);
        assertEquals(40, funnel.getYSeries()[0], 0);
        UiTestSupport.screenshot(window().getShell(), "plots-parity");
        plots.show("funnel");
        UiTestSupport.screenshot(window().getShell(), "plots-funnel");

        LatentMapView latent = (LatentMapView) page.showView(LatentMapView.ID);
        org.eclipse.core.runtime.jobs.Job mapping = latent.compute();
        UiTestSupport.waitUntil("the latent map", 20_000, () -> mapping.getState() == org.eclipse.core.runtime.jobs.Job.NONE
                && latent.chart().getSeriesSet().getSeries(LatentMapView.CANDIDATES) != null);
        assertEquals(48, latent.map().training().size(), "every toy training crystal is on the map");
        ISeries<?> onMap = latent.chart().getSeriesSet().getSeries(LatentMapView.CANDIDATES);
        assertEquals(40, onMap.getXSeries().length);
        UiTestSupport.settle(200);
        LatentMap.Point first = latent.map().candidates().get(0);
        Event click = new Event();
        click.x = latent.chart().getAxisSet().getXAxis(0).getPixelCoordinate(first.x());
        click.y = latent.chart().getAxisSet().getYAxis(0).getPixelCoordinate(first.y());
        click.button = 1;
        structure.viewer().setStructure(null, "");
        latent.chart().getPlotArea().getControl().notifyListeners(SWT.MouseDown, click);
        // points may share a pixel: the click opens the nearest drawn one, which may be another than the first
        UiTestSupport.waitUntil("the clicked crystal in the structure viewer", 5_000,
                () -> structure.viewer().structure() != null);
        LatentMap.Point opened = latent.openNearest(click.x, click.y);
        assertNotNull(opened, "a point lies under the click");
        assertEquals(opened.structure(), structure.viewer().structure());
        UiTestSupport.screenshot(window().getShell(), "latent-map");
    }

    /** The navigator lists the new run; a double-click on one of its CIFs opens it in the Crystal Structure editor. */
    private static void openACifFromTheRunsNavigator(IWorkbenchPage page, DesignSession session)
            throws WorkbenchException {
        RunsView navigator = (RunsView) page.showView(RunsView.ID);
        navigator.refresh();
        org.eclipse.swt.widgets.Tree tree = navigator.viewer().getTree();
        UiTestSupport.waitUntil("the run folder in the navigator", 5_000, () -> Arrays.stream(tree.getItems())
                .anyMatch(i -> i.getText().equals("ui-run")));
        Path run = runs.resolve("ui-run");
        navigator.viewer().expandToLevel(run, 1);
        org.eclipse.swt.widgets.TreeItem folder = Arrays.stream(tree.getItems())
                .filter(i -> i.getText().equals("ui-run")).findFirst().orElseThrow();
        org.eclipse.swt.widgets.TreeItem cif = Arrays.stream(folder.getItems())
                .filter(i -> i.getText().endsWith(".cif")).findFirst().orElseThrow();
        tree.setSelection(cif);
        Event e = new Event();
        e.item = cif;
        tree.notifyListeners(SWT.DefaultSelection, e);
        String id = cif.getText().substring(0, cif.getText().length() - ".cif".length());
        String formula = session.entries().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().formula();
        UiTestSupport.waitUntil("the CIF in the Crystal Structure editor", 5_000,
                () -> page.getActiveEditor() instanceof StructureEditor editor && editor.viewer().structure() != null
                        && editor.viewer().structure().composition().reducedFormula().equals(formula));
        assertEquals(cif.getText(), page.getActiveEditor().getTitle());
    }

    private static List<String> sortedDown(List<String> up) {
        List<String> d = new ArrayList<>(up);
        d.sort(String.CASE_INSENSITIVE_ORDER.reversed());
        return d;
    }

    @Test
    void cancellingARunningDesignLeavesNoOutput() throws WorkbenchException {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MaterialsDesignPerspective.ID, window());
        DesignWizard wizard = wizard();
        Dialog dialog = open(wizard);
        wizard.preset("ui-cancelled", "example.paced", null, "band_gap=2.0", 500, 1, 1, VALIDATORS);
        DesignSession session = finish(dialog, wizard);
        CandidatesView view = (CandidatesView) page.showView(CandidatesView.ID);
        UiTestSupport.waitUntil("the job to run", 10_000, () -> org.eclipse.core.runtime.jobs.Job.getJobManager()
                .find(org.matdesign.engine.CampaignJob.FAMILY).length > 0);
        UiTestSupport.settle(400);
        assertEquals(DesignSession.State.RUNNING, session.state());
        UiTestSupport.screenshot(window().getShell(), "design-running");
        cancelAction(view).run();
        UiTestSupport.waitUntil("the cancellation", 10_000, () -> session.state() != DesignSession.State.RUNNING);
        assertEquals(DesignSession.State.CANCELLED, session.state());
        assertFalse(Files.exists(runs.resolve("ui-cancelled")), "a cancelled design writes nothing");
    }

    /** Validators stopped at the preference's time limit are named in the Candidates view; the design still ends. */
    @Test
    void aValidatorPastItsTimeLimitIsShownAsAProblem() throws WorkbenchException {
        String key = MatDesignPreferences.TIME_LIMIT + "validator";
        MatDesignPreferences.store().setValue(key, "0.000001");
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MaterialsDesignPerspective.ID, window());
            DesignWizard wizard = wizard();
            Dialog dialog = open(wizard);
            wizard.preset("ui-limited", "example.paced", null, "band_gap=1.2", 6, 1, 5, VALIDATORS);
            DesignSession session = finish(dialog, wizard);
            CandidatesView view = (CandidatesView) page.showView(CandidatesView.ID);
            UiTestSupport.waitUntil("the design to end", 60_000, () -> session.state() != DesignSession.State.RUNNING);
            assertEquals(DesignSession.State.DONE, session.state(), session.message());
            // a validator may answer before the engine first looks; not all four of them
            assertTrue(session.problems().stream().anyMatch(p -> p.matches("target 1: validator '[a-z_.]+' did not"
                    + " finish within 1.0E-6 s.*")), session.problems().toString());
            UiTestSupport.waitUntil("the problems in the status line", 5_000,
                    () -> view.statusText().contains(session.problems().size() + " problem")
                            && view.statusText().contains(" (hover to read "));
            assertTrue(Files.isRegularFile(runs.resolve("ui-limited").resolve("candidates.csv")), "outputs were written");
            UiTestSupport.screenshot(window().getShell(), "design-with-problems");
        } finally {
            MatDesignPreferences.store().setToDefault(key);
        }
    }

    /** Presses Finish; the wizard must have started a design (else the page's error says why). */
    private static DesignSession finish(Dialog dialog, DesignWizard wizard) {
        dialog.pressFinish();
        DesignSession session = wizard.launched();
        assertNotNull(session, "Finish started a design: " + (dialog.getShell() == null || dialog.getShell().isDisposed()
                ? "" : dialog.getCurrentPage().getErrorMessage()));
        return session;
    }

    private static org.eclipse.jface.action.IAction cancelAction(CandidatesView view) {
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem a && a.getAction().getText().equals("Cancel design")) {
                return a.getAction();
            }
        }
        throw new AssertionError("the candidates view has a Cancel design action");
    }

    private static String errorOf(IWizardPage page) {
        return page.getErrorMessage();
    }

    private static void click(TableColumn column) {
        column.notifyListeners(SWT.Selection, new Event());
    }

    private static List<String> column(Table table, int index) {
        List<String> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            out.add(item.getText(index));
        }
        return out;
    }

    /** Selects a row the way a click does: the table's selection, then its Selection event. */
    private static void select(Table table, int row) {
        table.setSelection(row);
        Event e = new Event();
        e.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, e);
    }

    static Control find(Composite root, Predicate<Control> which) {
        for (Control c : root.getChildren()) {
            if (which.test(c)) {
                return c;
            }
            if (c instanceof Composite k) {
                Control found = find(k, which);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
