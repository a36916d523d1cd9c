package org.matdesign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.ui.MaterialsDesignPerspective;
import org.matdesign.ui.training.TrainingView;

/**
 * The training monitor with the third party's toy trainable model: losses drawn per epoch while the job runs,
 * cancel keeps the checkpoint, Resume continues from it to the end.
 */
class TrainingMonitorTest {

    @TempDir
    Path tmp;

    @Test
    void trainsWithLiveCurvesCancelsAndResumes() throws WorkbenchException, IOException {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MaterialsDesignPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        TrainingView view = (TrainingView) page.showView(TrainingView.ID);
        Path out = tmp.resolve("toy-model");
        view.set("example.paced", "example", 30, out, false);
        Job first = view.train();
        assertNotNull(first, "the training started");
        UiTestSupport.waitUntil("three epochs on the chart", 10_000, () -> points(view, false) >= 3);
        assertTrue(points(view, true) >= 3, "held-out losses are drawn too");
        view.cancel();
        UiTestSupport.waitUntil("the cancellation", 10_000, () -> first.getState() == Job.NONE);
        assertEquals(IStatus.CANCEL, first.getResult().getSeverity());
        UiTestSupport.waitUntil("the status line", 5_000, () -> view.statusText().startsWith("cancelled"));
        int done = Integer.parseInt(Files.readString(out.resolve("checkpoint.txt")).trim());
        assertTrue(done >= 3 && done < 30, "the checkpoint holds the epochs finished: " + done);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "training-cancelled");

        view.set("example.paced", "example", 30, out, true);
        Job second = view.train();
        UiTestSupport.waitUntil("the resumed training to end", 20_000, () -> second.getState() == Job.NONE);
        assertEquals(IStatus.OK, second.getResult().getSeverity(), String.valueOf(second.getResult()));
        UiTestSupport.waitUntil("the final status", 5_000, () -> view.statusText().startsWith("done"));
        assertTrue(Files.isRegularFile(out.resolve("model.txt")), "the trained model was saved");
        ISeries<?> loss = view.chart().getSeriesSet().getSeries(TrainingView.seriesName("loss", false));
        assertArrayEquals(IntStream.rangeClosed(1, 30).asDoubleStream().toArray(), loss.getXSeries(),
                "one point per epoch across the cancelled run and its resumption");
        assertEquals(Math.exp(-0.3 * 29), loss.getYSeries()[29], 1e-12);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "training-done");
    }

    private static int points(TrainingView view, boolean heldOut) {
        ISeries<?> s = view.chart().getSeriesSet().getSeries(TrainingView.seriesName("loss", heldOut));
        return s == null ? 0 : s.getXSeries().length;
    }
}
