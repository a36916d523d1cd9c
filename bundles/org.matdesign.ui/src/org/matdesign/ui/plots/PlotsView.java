package org.matdesign.ui.plots;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.api.FunnelStage;
import org.matdesign.ui.design.CurrentSession;
import org.matdesign.ui.design.DesignSession;

/**
 * Plots of the current design (SWTChart), refreshed while the job runs: target vs predicted for each source (model
 * head, independent predictor), the energy-above-hull estimates, the screening funnel.
 */
public final class PlotsView extends ViewPart {

    public static final String ID = "org.matdesign.ui.plots";

    private static final double HULL_BIN = 0.05;
    private static final int HULL_BINS = 12;
    private static final int[][] PALETTE = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44}, {148, 103, 189}};

    private CTabFolder tabs;
    private Combo property;
    private Chart parity;
    private Chart hull;
    private Chart funnel;
    private CurrentSession current;
    private DesignSession session;

    @Override
    public void createPartControl(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        Composite parityPage = new Composite(tabs, SWT.NONE);
        parityPage.setLayout(new GridLayout(2, false));
        new Label(parityPage, SWT.NONE).setText("Property:");
        property = new Combo(parityPage, SWT.READ_ONLY);
        property.addListener(SWT.Selection, e -> refresh());
        parity = chart(parityPage, "Target vs predicted", "target", "predicted");
        parity.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        tab("Target vs predicted", parityPage);
        hull = chart(tabs, "Energy above hull (estimate)", "eV/atom", "candidates");
        tab("Energy above hull", hull);
        funnel = chart(tabs, "Screening funnel", "stage", "candidates left");
        tab("Funnel", funnel);
        tabs.setSelection(0);
        current = new CurrentSession(tabs, this::properties, this::refresh);
    }

    /** The targeted properties of a newly shown design, for the target-vs-predicted chart. */
    private void properties(DesignSession shown) {
        property.setItems(PlotData.targetedProperties(shown).toArray(String[]::new));
        property.select(0);
        property.getParent().layout(true);
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    private static Chart chart(Composite parent, String title, String x, String y) {
        Chart c = new Chart(parent, SWT.NONE);
        c.getTitle().setText(title);
        c.getAxisSet().getXAxis(0).getTitle().setText(x);
        c.getAxisSet().getYAxis(0).getTitle().setText(y);
        return c;
    }

    /** Redraws every chart from the session. */
    public void refresh() {
        if (tabs.isDisposed()) {
            return;
        }
        session = current == null ? null : current.session();
        clear(parity);
        clear(hull);
        clear(funnel);
        if (session != null) {
            drawParity();
            drawHull();
            drawFunnel();
        }
        for (Chart c : List.of(parity, hull, funnel)) {
            c.getAxisSet().adjustRange();
            c.redraw();
        }
    }

    private void drawParity() {
        String p = property.getText();
        if (p.isEmpty()) {
            return;
        }
        parity.getAxisSet().getXAxis(0).getTitle().setText("target " + p);
        parity.getAxisSet().getYAxis(0).getTitle().setText("predicted " + p);
        int k = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PlotData.Series s : PlotData.targetVsPredicted(session, p)) {
            ILineSeries<?> line = (ILineSeries<?>) parity.getSeriesSet().createSeries(ISeries.SeriesType.LINE, s.name());
            line.setLineStyle(LineStyle.NONE);
            line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            line.setSymbolColor(color(k++));
            line.setXSeries(s.x());
            line.setYSeries(s.y());
            for (double[] v : new double[][] {s.x(), s.y()}) {
                for (double d : v) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        if (lo < hi) {
            ILineSeries<?> diagonal = (ILineSeries<?>) parity.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                    "y = x");
            diagonal.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            diagonal.setLineColor(tabs.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            diagonal.setXSeries(new double[] {lo, hi});
            diagonal.setYSeries(new double[] {lo, hi});
        }
    }

    private void drawHull() {
        PlotData.Histogram h = PlotData.hull(session, HULL_BIN, HULL_BINS);
        hull.getTitle().setText("Energy above hull (estimate), " + h.values() + " candidates");
        bars(hull, "candidates", h.labels(), h.counts());
    }

    private void drawFunnel() {
        List<FunnelStage> stages = PlotData.funnel(session);
        funnel.getTitle().setText(stages.isEmpty() ? "Screening funnel (when the design is done)" : "Screening funnel");
        bars(funnel, "candidates left", stages.stream().map(FunnelStage::name).toArray(String[]::new),
                stages.stream().mapToDouble(FunnelStage::count).toArray());
    }

    private void bars(Chart chart, String id, String[] labels, double[] values) {
        if (labels.length == 0) {
            return;
        }
        chart.getAxisSet().getXAxis(0).setCategorySeries(labels);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, id);
        bars.setBarColor(color(0));
        bars.setYSeries(values);
    }

    private static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }

    private Color color(int k) {
        int[] rgb = PALETTE[k % PALETTE.length];
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** The chart of a tab ("parity", "hull", "funnel"), for tests. */
    public Chart chart(String name) {
        return switch (name) {
            case "parity" -> parity;
            case "hull" -> hull;
            case "funnel" -> funnel;
            default -> throw new IllegalArgumentException("no chart '" + name + "'");
        };
    }

    /** Shows the tab of a chart. */
    public void show(String name) {
        tabs.setSelection(switch (name) {
            case "parity" -> 0;
            case "hull" -> 1;
            default -> 2;
        });
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        current.dispose();
        super.dispose();
    }
}
