package org.matdesign.api;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Turns a finished campaign into something people read: files in the output folder (CIFs, tables, a report), or a
 * view (extension point {@code org.matdesign.api.visualizers}). The built-in outputs of MatDesign are visualizers
 * too, so a contributed one is written the same way.
 */
public interface Visualizer {

    /** Writes this visualizer's outputs; {@code settings} are its own, checked against its declaration. */
    void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException, CoreException;
}
