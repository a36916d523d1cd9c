package org.matdesign.outputs;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;

/** {@code outputs.report}: report.html, one self-contained page (layout: {@link ReportPage}). */
public final class ReportVisualizer implements Visualizer {

    public static final String ID = "outputs.report";
    public static final String FILE = "report.html";

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + FILE, 1);
        int top = settings.has(ReportSettings.TOP) ? settings.getInt(ReportSettings.TOP) : 8;
        OutputText.write(out, FILE, ReportPage.render(results, top));
        progress.worked(1);
    }
}
