package org.matdesign.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.part.ViewPart;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.matdesign.api.TrainableModel;
import org.matdesign.ui.design.Coalescer;
import org.matdesign.ui.internal.MatDesignPreferences;
import org.matdesign.ui.internal.Registry;

/**
 * The training monitor: trains any installed model that is a {@link TrainableModel} as a job (Progress view, cancel),
 * with its training and held-out losses drawn per epoch while it runs. A cancelled training keeps its last
 * checkpoint; Resume continues from it into the same folder.
 */
public final class TrainingView extends ViewPart {

    public static final String ID = "org.matdesign.ui.training";
    /** Job family of training jobs. */
    public static final String FAMILY = "org.matdesign.ui.training";
    private static final int[][] PALETTE = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44}, {148, 103, 189},
        {255, 127, 14}, {140, 86, 75}};

    private final List<Contribution> models = new ArrayList<>();
    private Combo model;
    private Combo dataset;
    private Spinner epochs;
    private Text output;
    private Button resume;
    private Button start;
    private Button cancel;
    private Label status;
    private Chart chart;
    private Coalescer refresher;
    private volatile TrainingHistory history = new TrainingHistory();
    private volatile Path historyFolder;
    private volatile Job running;
    private volatile String state = "";

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(8, false));
        new Label(c, SWT.NONE).setText("Model:");
        model = new Combo(c, SWT.READ_ONLY);
        new Label(c, SWT.NONE).setText("Dataset:");
        dataset = new Combo(c, SWT.READ_ONLY);
        new Label(c, SWT.NONE).setText("Epochs:");
        epochs = new Spinner(c, SWT.BORDER);
        epochs.setValues(20, 1, 100_000, 0, 1, 10);
        resume = new Button(c, SWT.CHECK);
        resume.setText("Resume");
        resume.setToolTipText("continue from the checkpoint in the output folder");
        start = new Button(c, SWT.PUSH);
        start.setText("Train");
        new Label(c, SWT.NONE).setText("Output:");
        output = new Text(c, SWT.BORDER);
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        cancel = new Button(c, SWT.PUSH);
        cancel.setText("Cancel");
        status = new Label(c, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        chart = new Chart(c, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        chart.getTitle().setText("Training and held-out losses");
        chart.getAxisSet().getXAxis(0).getTitle().setText("epoch");
        chart.getAxisSet().getYAxis(0).getTitle().setText("loss");
        refresher = new Coalescer(chart, this::draw);
        model.addListener(SWT.Selection, e -> modelChosen());
        dataset.addListener(SWT.Selection, e -> output.setText(defaultOutput()));
        start.addListener(SWT.Selection, e -> train());
        cancel.addListener(SWT.Selection, e -> cancel());
        loadModels();
        enable();
    }

    private void loadModels() {
        ContributionRegistry registry = Registry.get();
        models.clear();
        if (registry != null) {
            for (Contribution c : registry.contributions(Role.MODEL)) {
                if (c.instance(TrainableModel.class, p -> { }).isPresent()) {
                    models.add(c);
                }
            }
        }
        model.setItems(models.stream().map(Contribution::id).toArray(String[]::new));
        if (!models.isEmpty()) {
            model.select(0);
            modelChosen();
        } else {
            status.setText("No installed model can be trained here");
        }
    }

    private void modelChosen() {
        trainable().ifPresent(t -> {
            dataset.setItems(t.trainableDatasets().toArray(String[]::new));
            dataset.select(0);
            output.setText(defaultOutput());
            dataset.getParent().layout(true);
        });
    }

    private Optional<TrainableModel> trainable() {
        int i = model.getSelectionIndex();
        return i < 0 ? Optional.empty() : models.get(i).instance(TrainableModel.class, p -> { });
    }

    private String defaultOutput() {
        return MatDesignPreferences.runsFolder().resolve("models").resolve(model.getText() + "-" + dataset.getText())
                .toString();
    }

    /** Starts a training with the chosen values (what the Train button does); null when one is running. */
    public Job train() {
        TrainableModel t = trainable().orElse(null);
        if (t == null || running != null) {
            return null;
        }
        Path folder = Path.of(output.getText().trim());
        TrainableModel.Request request;
        try {
            request = new TrainableModel.Request(dataset.getText(), MatDesignPreferences.dataFolder(), folder,
                    epochs.getSelection(), 1, resume.getSelection());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        if (!request.resume() || !folder.equals(historyFolder)) {
            history = new TrainingHistory();
            historyFolder = folder;
        }
        String name = model.getText();
        TrainingHistory h = history;
        Job job = new Job("Training " + name + " on " + request.dataset()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Path saved = t.train(request, e -> {
                        h.add(e);
                        state = epochText(e);
                        refresher.request();
                    }, monitor);
                    state = saved == null ? "cancelled; the checkpoint of the last finished epoch is in " + folder
                            + " (tick Resume to continue)" : "done: the model is in " + saved;
                    return saved == null ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (Exception e) {
                    state = "training failed: " + e.getMessage();
                    return Status.error(state, e);
                } finally {
                    running = null;
                    refresher.request();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return FAMILY.equals(family);
            }
        };
        job.setUser(true);
        running = job;
        state = "training " + name + " on " + request.dataset() + (request.resume() ? " (resuming)" : "") + " ...";
        enable();
        draw();
        job.schedule();
        return job;
    }

    /** Stops the running training after its current epoch. */
    public void cancel() {
        Job j = running;
        if (j != null) {
            j.cancel();
        }
    }

    private static String epochText(TrainableModel.Epoch e) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d", e.epoch() + 1, e.epochs()));
        for (Map.Entry<String, Double> l : e.losses().entrySet()) {
            b.append(String.format(Locale.ROOT, "  %s %.4f", l.getKey(), l.getValue()));
            Double held = e.heldOut().get(l.getKey());
            if (held != null) {
                b.append(String.format(Locale.ROOT, " (held-out %.4f)", held));
            }
        }
        return b.append(String.format(Locale.ROOT, "  %.1f s", e.seconds())).toString();
    }

    private void enable() {
        boolean idle = running == null;
        start.setEnabled(idle && !models.isEmpty());
        cancel.setEnabled(!idle);
    }

    private void draw() {
        if (chart.isDisposed()) {
            return;
        }
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        TrainingHistory h = history;
        int k = 0;
        for (String loss : h.lossNames()) {
            for (boolean held : new boolean[] {false, true}) {
                double[][] xy = h.series(loss, held);
                if (xy[0].length == 0) {
                    continue;
                }
                ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                        seriesName(loss, held));
                int[] rgb = PALETTE[k % PALETTE.length];
                s.setLineColor(new Color(rgb[0], rgb[1], rgb[2]));
                s.setSymbolColor(new Color(rgb[0], rgb[1], rgb[2]));
                s.setSymbolType(held ? ILineSeries.PlotSymbolType.TRIANGLE : ILineSeries.PlotSymbolType.CIRCLE);
                s.setXSeries(xy[0]);
                s.setYSeries(xy[1]);
            }
            k++;
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
        status.setText(state);
        enable();
    }

    /** The chart series name of a loss, e.g. {@code loss} and {@code loss (held-out)}. */
    public static String seriesName(String loss, boolean heldOut) {
        return heldOut ? loss + " (held-out)" : loss;
    }

    /** For tests and callers that preset the form. */
    public void set(String modelId, String datasetName, int epochCount, Path folder, boolean resumeFromCheckpoint) {
        model.select(Math.max(0, Arrays.asList(model.getItems()).indexOf(modelId)));
        modelChosen();
        dataset.select(Math.max(0, Arrays.asList(dataset.getItems()).indexOf(datasetName)));
        epochs.setSelection(epochCount);
        output.setText(folder.toString());
        resume.setSelection(resumeFromCheckpoint);
    }

    public Chart chart() {
        return chart;
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
