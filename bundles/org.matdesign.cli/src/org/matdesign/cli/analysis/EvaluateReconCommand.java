package org.matdesign.cli.analysis;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.metrics.ReconstructionMetrics;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;

/** {@code matdesign evaluate recon --pred P --gt G}: CDVAE reconstruction match rate and RMSE. */
final class EvaluateReconCommand implements Command {

    @Override
    public String name() {
        return "recon";
    }

    @Override
    public String summary() {
        return "Reconstruction metrics (match rate, RMSE) of predicted vs ground-truth crystals";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign evaluate recon --pred PATH --gt PATH [matcher options]

                PATH is %s. Predictions and ground truths are paired in order (sorted file names for directories,
                row order for CSVs) and must be equally many. A prediction counts as matched when it is valid (CDVAE
                validity) and the matcher finds an rms; match rate = matched / predictions, RMSE = mean rms.
                  --pred PATH            predicted crystals
                  --gt PATH              ground-truth crystals
                """.formatted(StructureInputs.HELP) + MatcherOptions.HELP;
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(MatcherOptions.with(MatcherOptions.VALUES, Set.of("pred", "gt")), MatcherOptions.SWITCHES);
        StructureMatcher matcher = new StructureMatcher(MatcherOptions.settings(args));
        List<StructureInputs.Item> pred = StructureInputs.load(Path.of(args.require("pred")));
        List<StructureInputs.Item> gt = StructureInputs.load(Path.of(args.require("gt")));
        if (pred.size() != gt.size()) {
            throw new CommandFailure("--pred has " + pred.size() + " crystals but --gt has " + gt.size());
        }
        ReconstructionMetrics m = ReconstructionMetrics.compute(StructureInputs.structures(pred),
                StructureInputs.structures(gt), matcher);
        out.println("metric        value");
        out.printf(Locale.ROOT, "pairs         %d%n", m.pairs());
        out.printf(Locale.ROOT, "match_rate    %.4f%n", m.matchRate());
        out.printf(Locale.ROOT, "rms_dist      %.4f%n", m.meanRms());
        return 0;
    }
}
