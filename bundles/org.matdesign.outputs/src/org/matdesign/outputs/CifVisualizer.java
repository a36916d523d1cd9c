package org.matdesign.outputs;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;
import org.matdesign.core.io.CifWriter;

/** {@code outputs.cif}: one P1 CIF per candidate, {@code <id>.cif}, data block {@code <id>_<formula>}. */
public final class CifVisualizer implements Visualizer {

    public static final String ID = "outputs.cif";

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing CIF files", results.candidates().size());
        for (RankedCandidate c : results.candidates()) {
            progress.split(1);
            OutputText.write(out, fileName(c), CifWriter.write(c.candidate().structure(), blockName(c)));
        }
    }

    public static String fileName(RankedCandidate c) {
        return OutputText.safeName(c.id()) + ".cif";
    }

    /** id_formula, so a CIF still says which candidate it is after it has been renamed or merged with others. */
    static String blockName(RankedCandidate c) {
        return OutputText.safeName(c.id() + "_" + Targets.formula(c));
    }
}
