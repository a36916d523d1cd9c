package org.matdesign.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.ui.design.DesignSession;
import org.matdesign.ui.design.DesignSessions;
import org.matdesign.ui.internal.Registry;
import org.matdesign.ui.structure.StructureView;

/**
 * The latent map of the current design: the model's training crystals (coloured by a property, in equal-count bins)
 * and the candidates, projected on the principal plane of the training latents. Click a point to open its crystal
 * in the structure viewer. Computed in a job on request (Map), since encoding the training crystals takes a moment.
 */
public final class LatentMapView extends ViewPart {

    public static final String ID = "org.matdesign.ui.latentMap";
    public static final String CANDIDATES = "candidates";
    private static final int BINS = 5;
    private static final int PICK_PIXELS = 8;

    private final Consumer<DesignSession> currentChanged = s -> asyncStatus("Design " + s.name()
            + ": press Map when it is done");
    private Chart chart;
    private Combo property;
    private Label status;
    private volatile LatentMap map;
    private final List<LatentMap.Point> drawn = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Colour by:");
        property = new Combo(c, SWT.READ_ONLY);
        property.addListener(SWT.Selection, e -> draw());
        status = new Label(c, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chart = new Chart(c, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        chart.getTitle().setText("Latent map");
        chart.getAxisSet().getXAxis(0).getTitle().setText("principal component 1");
        chart.getAxisSet().getYAxis(0).getTitle().setText("principal component 2");
        chart.getPlotArea().getControl().addListener(SWT.MouseDown, e -> openNearest(e.x, e.y));
        Action compute = new Action("Map") {
            @Override
            public void run() {
                compute();
            }
        };
        compute.setToolTipText("Encode the model's training crystals and the candidates, and draw the map");
        getViewSite().getActionBars().getToolBarManager().add(compute);
        DesignSessions.workbench().addCurrentListener(currentChanged);
        status.setText(DesignSessions.workbench().current() == null ? "No design yet"
                : "Press Map to draw " + DesignSessions.workbench().current().name());
    }

    /** Computes the map of the current design in a job; the view redraws when it is done. */
    public Job compute() {
        DesignSession session = DesignSessions.workbench().current();
        ContributionRegistry registry = Registry.get();
        if (session == null || registry == null) {
            status.setText(session == null ? "No design yet" : "The contribution registry is not running");
            return null;
        }
        status.setText("Encoding ...");
        Job job = new Job("Latent map of " + session.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    map = LatentMap.of(registry, session, monitor);
                    asyncDraw();
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    map = null;
                    asyncStatus("No map: " + e.getMessage());
                    return Status.OK_STATUS;
                }
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }

    private void asyncDraw() {
        if (!chart.isDisposed()) {
            chart.getDisplay().asyncExec(() -> {
                if (chart.isDisposed()) {
                    return;
                }
                String keep = property.getText();
                List<String> properties = new ArrayList<>(map.trainingProperties().keySet());
                property.setItems(properties.toArray(String[]::new));
                property.select(Math.max(0, properties.indexOf(keep)));
                property.getParent().layout(true);
                draw();
            });
        }
    }

    private void asyncStatus(String text) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(text);
                    status.getParent().layout();
                }
            });
        }
    }

    private void draw() {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        drawn.clear();
        LatentMap m = map;
        if (m == null) {
            chart.redraw();
            return;
        }
        String p = property.getText();
        List<List<LatentMap.Point>> bins = m.trainingBins(p, BINS);
        for (int b = 0; b < BINS; b++) {
            if (bins.get(b).isEmpty()) {
                continue;
            }
            String name = String.format(Locale.ROOT, "%s ≥ %.2f", p, m.binStart(p, BINS, b));
            series(name, bins.get(b), ramp(b), ILineSeries.PlotSymbolType.CIRCLE, 3);
        }
        series(CANDIDATES, m.candidates(), new Color(0, 0, 0), ILineSeries.PlotSymbolType.TRIANGLE, 6);
        chart.getAxisSet().adjustRange();
        chart.redraw();
        status.setText(m.training().size() + " training crystals and " + m.candidates().size() + " candidates ("
                + m.model() + "); click a point to open it");
        status.getParent().layout();
    }

    private void series(String name, List<LatentMap.Point> points, Color color, ILineSeries.PlotSymbolType symbol,
            int size) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, name);
        s.setLineStyle(LineStyle.NONE);
        s.setSymbolType(symbol);
        s.setSymbolSize(size);
        s.setSymbolColor(color);
        s.setXSeries(points.stream().mapToDouble(LatentMap.Point::x).toArray());
        s.setYSeries(points.stream().mapToDouble(LatentMap.Point::y).toArray());
        drawn.addAll(points);
    }

    /** Blue (low) to red (high). */
    private static Color ramp(int b) {
        double t = b / (double) (BINS - 1);
        return new Color((int) (40 + 200 * t), (int) (90 + 40 * (1 - Math.abs(2 * t - 1))), (int) (220 - 190 * t));
    }

    /** Opens the crystal of the point nearest to a pixel of the plot area, when one lies within a few pixels. */
    public LatentMap.Point openNearest(int px, int py) {
        LatentMap.Point best = null;
        double bestDistance = PICK_PIXELS;
        for (LatentMap.Point p : drawn) {
            double dx = chart.getAxisSet().getXAxis(0).getPixelCoordinate(p.x()) - px;
            double dy = chart.getAxisSet().getYAxis(0).getPixelCoordinate(p.y()) - py;
            double d = Math.hypot(dx, dy);
            if (d <= bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        if (best != null) {
            try {
                StructureView.show(getSite().getPage(), best.structure(), best.label());
            } catch (PartInitException e) {
                status.setText(e.getMessage());
            }
        }
        return best;
    }

    public Chart chart() {
        return chart;
    }

    public LatentMap map() {
        return map;
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }

    @Override
    public void dispose() {
        DesignSessions.workbench().removeCurrentListener(currentChanged);
        super.dispose();
    }
}
