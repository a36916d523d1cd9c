package org.matdesign.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Verdict;
import org.matdesign.engine.TimeLimits;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.ui.MaterialsDesignPerspective;
import org.matdesign.ui.candidates.CandidatesView;
import org.matdesign.ui.design.DesignLauncher;
import org.matdesign.ui.design.DesignParameters;
import org.matdesign.ui.design.DesignSession;

/**
 * A smoke test of an installation, run only when the system property {@value #PROPERTY} names a folder: in whatever
 * workbench MatDesign was installed into (our product or an Eclipse IDE), it opens the Materials Design perspective,
 * runs a small design with the default model and the default funnel through the same launcher the wizard uses, writes
 * {@code selftest.properties} into that folder and closes the workbench. The install test reads the file.
 */
public final class SelfTest implements IStartup {

    public static final String PROPERTY = "matdesign.ui.selftest";
    private static final long TIMEOUT_MS = 240_000;
    private static final int SETTLE_MS = 600;

    @Override
    public void earlyStartup() {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        // earlyStartup runs off the UI thread
        workbench.getDisplay().asyncExec(() -> run(workbench, Path.of(folder)));
    }

    private static void run(IWorkbench workbench, Path folder) {
        Properties report = new Properties();
        Display display = workbench.getDisplay();
        try {
            IWorkbenchPage page = workbench.showPerspective(MaterialsDesignPerspective.ID,
                    workbench.getActiveWorkbenchWindow());
            report.setProperty("perspective", page.getPerspective().getLabel());
            page.showView(CandidatesView.ID);
            ContributionRegistry registry = Registry.get();
            DesignParameters design = new DesignParameters("selftest", MatDesignPreferences.defaultGenerator(),
                    "meidnet.latent-adam", List.of("band_gap=1.2"), List.of(), 3, 2, 1,
                    Recipe.DEFAULT_VALIDATORS, Map.of());
            DesignSession session = DesignLauncher.launch(registry, design, folder.resolve("runs"), null,
                    TimeLimits.DEFAULT);
            session.addListener(s -> {
                if (s.state() != DesignSession.State.RUNNING) {
                    // let the views show the ranked candidates before the screenshot
                    display.asyncExec(() -> display.timerExec(SETTLE_MS, () -> finish(workbench, folder, report, s)));
                }
            });
            display.timerExec((int) TIMEOUT_MS, () -> {
                report.setProperty("timeout", "the design did not end within " + TIMEOUT_MS + " ms");
                finish(workbench, folder, report, session);
            });
        } catch (Exception e) {
            report.setProperty("error", String.valueOf(e));
            write(folder, report);
            workbench.close();
        }
    }

    private static void finish(IWorkbench workbench, Path folder, Properties report, DesignSession s) {
        if (report.containsKey("state")) {
            return; // the timeout or the end came second
        }
        report.setProperty("state", s.state().name());
        report.setProperty("message", s.message());
        report.setProperty("candidates", Integer.toString(s.entries().size()));
        // candidates the independent predictor judged (the funnel's structure-based check reached the table)
        report.setProperty("independent_predictions", Long.toString(s.entries().stream().filter(e -> {
            Verdict v = e.candidate().verdicts().get("independent_property");
            return v != null && !v.properties().isEmpty();
        }).count()));
        report.setProperty("output", s.output().toString());
        report.setProperty("screenshot", screenshot(workbench, folder.resolve("selftest-workbench.png")));
        write(folder, report);
        workbench.close();
    }

    /** What the window shows, for a person to look at; empty when it could not be taken. */
    private static String screenshot(IWorkbench workbench, Path file) {
        Shell shell = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getShell();
        if (shell == null) {
            return "";
        }
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, b.x, b.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file.toString();
        } catch (IOException e) {
            return "";
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void write(Path folder, Properties report) {
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(folder.resolve("selftest.properties"))) {
                report.store(out, "MatDesign workbench self-test");
            }
        } catch (IOException e) {
            System.err.println("MatDesign self-test: cannot write its report into " + folder + ": " + e.getMessage());
        }
    }
}
