package org.matdesign.cli.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matdesign.analysis.metrics.OptimizationMetrics;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;

/** {@code matdesign evaluate opt --values FILE --dataset NAME}: CDVAE optimisation success rates. */
final class EvaluateOptCommand implements Command {

    @Override
    public String name() {
        return "opt";
    }

    @Override
    public String summary() {
        return "Property-optimisation success rates SR5/SR10/SR15 with CDVAE's percentiles";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign evaluate opt --values FILE --dataset perov_5|carbon_24|mp_20

                FILE has one number per line: the best (lowest) property value reached by each optimisation run
                (blank lines and lines starting with # are ignored). SRk = fraction of runs at or below the k-th
                percentile of the training property (CDVAE's values).
                  --values FILE          best property value per run
                  --dataset NAME         perov_5 (heat_ref), carbon_24 (energy_per_atom), mp_20 (formation energy)""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException {
        Args args = raw.parse(Set.of("values", "dataset"), Set.of());
        OptimizationMetrics.Dataset dataset;
        try {
            dataset = OptimizationMetrics.Dataset.parse(args.require("dataset"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = Path.of(args.require("values"));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(file + ": no such file");
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            try {
                values.add(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw new CommandFailure(file + " line " + (i + 1) + ": not a number: '" + t + "'");
            }
        }
        if (values.isEmpty()) {
            throw new CommandFailure(file + ": no values");
        }
        double[] sr = OptimizationMetrics.successRates(values.stream().mapToDouble(Double::doubleValue).toArray(), dataset);
        out.println("metric   value");
        out.printf(Locale.ROOT, "runs     %d%n", values.size());
        out.printf(Locale.ROOT, "SR5      %.4f%n", sr[0]);
        out.printf(Locale.ROOT, "SR10     %.4f%n", sr[1]);
        out.printf(Locale.ROOT, "SR15     %.4f%n", sr[2]);
        return 0;
    }
}
