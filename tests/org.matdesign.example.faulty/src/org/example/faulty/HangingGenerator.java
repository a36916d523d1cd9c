package org.example.faulty;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;

/** Faulty on purpose: never returns, and ignores both its monitor and interrupts. The engine must not wait for it. */
public final class HangingGenerator implements Generator {

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ignored) {
                // a badly written contribution swallows the interrupt
            }
        }
    }
}
