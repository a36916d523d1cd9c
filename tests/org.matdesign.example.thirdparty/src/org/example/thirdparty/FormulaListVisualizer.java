package org.example.thirdparty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.DesignResults;
import org.matdesign.api.OutputFiles;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.Settings;
import org.matdesign.api.Visualizer;

/** A third party's visualizer: formulas.txt, one line per candidate with its rank, id and reduced formula. */
public final class FormulaListVisualizer implements Visualizer {

    @Override
    public void write(DesignResults results, Settings settings, OutputFiles out, IProgressMonitor monitor)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (RankedCandidate c : results.candidates()) {
            text.append(c.rank()).append('\t').append(c.id()).append('\t')
                    .append(c.candidate().structure().composition().reducedFormula()).append('\n');
        }
        Files.writeString(out.newFile("formulas.txt"), text, StandardCharsets.UTF_8);
    }
}
