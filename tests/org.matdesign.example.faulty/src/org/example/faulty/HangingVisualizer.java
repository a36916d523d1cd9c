package org.example.faulty;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;

/** Faulty on purpose: starts a file, then never returns; the engine must stop waiting, drop the file and go on. */
public final class HangingVisualizer implements Visualizer {

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        Files.writeString(out.newFile("never-finished.txt"), "partial");
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ignored) {
                // a badly written contribution swallows the interrupt
            }
        }
    }
}
