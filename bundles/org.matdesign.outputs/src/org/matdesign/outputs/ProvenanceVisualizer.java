package org.matdesign.outputs;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;
import org.matdesign.outputs.render.Json;

/** {@code outputs.provenance}: provenance.json (layout: {@link ProvenanceJson}). */
public final class ProvenanceVisualizer implements Visualizer {

    public static final String ID = "outputs.provenance";
    public static final String FILE = "provenance.json";

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + FILE, 1);
        OutputText.write(out, FILE, Json.toText(ProvenanceJson.toJson(results)));
        progress.worked(1);
    }
}
