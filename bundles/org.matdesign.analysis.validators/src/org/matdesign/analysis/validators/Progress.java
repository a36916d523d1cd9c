package org.matdesign.analysis.validators;

import org.eclipse.core.runtime.IProgressMonitor;

/** Null-tolerant progress reporting (callers outside the workbench may pass no monitor). */
final class Progress {

    private final IProgressMonitor monitor;

    Progress(IProgressMonitor monitor, String task, int work) {
        this.monitor = monitor;
        if (monitor != null) {
            monitor.beginTask(task, work);
        }
    }

    void worked(int units) {
        if (monitor != null) {
            monitor.worked(units);
        }
    }
}
