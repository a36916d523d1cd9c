package org.example.faulty;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;

/** Faulty on purpose: starts a file, then throws; the engine must drop the half-written file and go on. */
public final class ThrowingVisualizer implements Visualizer {

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        Files.writeString(out.newFile("half-written.txt"), "partial");
        throw new IllegalStateException("the faulty visualizer broke on purpose");
    }
}
