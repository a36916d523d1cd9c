package org.matdesign.outputs;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;

/** {@code outputs.csv}: candidates.csv, one row per candidate in rank order (layout: {@link CandidatesTable}). */
public final class CsvVisualizer implements Visualizer {

    public static final String ID = "outputs.csv";
    public static final String FILE = "candidates.csv";

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + FILE, 1);
        OutputText.write(out, FILE, CandidatesTable.toCsv(results));
        progress.worked(1);
    }
}
