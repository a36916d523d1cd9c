package org.example.thirdparty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Visualizer;

/** A third party's visualizer: one line per candidate with its reduced formula. */
public final class FormulaListVisualizer implements Visualizer {

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void render(List<Candidate> candidates, RunContext context, OutputStream out) throws IOException {
        for (Candidate candidate : candidates) {
            String line = candidate.id() + "\t" + candidate.structure().composition().reducedFormula() + "\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
    }
}
