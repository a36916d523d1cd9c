package org.matdesign.cli.design;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.benchmark.Benchmark;
import org.matdesign.benchmark.BenchmarkDataset;
import org.matdesign.benchmark.BenchmarkReport;
import org.matdesign.benchmark.BenchmarkRequest;
import org.matdesign.benchmark.BenchmarkResult;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.DataLocation;
import org.matdesign.engine.output.OutputDirectoryException;

/** {@code matdesign benchmark}: CDVAE's protocol on one installed model bundle (org.matdesign.benchmark). */
final class BenchmarkCommand implements Command {

    private final Supplier<ContributionRegistry> registry;

    BenchmarkCommand(Supplier<ContributionRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary() {
        return "CDVAE's reconstruction, generation and optimisation protocol on an installed model";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign benchmark --dataset perov_5|carbon_24|mp_20 --out DIR [--model ID] [--tasks LIST]
                                           [--samples N] [--valid-samples N] [--starts N] [--predictor ID]
                                           [--set KEY=VALUE]... [--seed S] [--data DIR] [--overwrite]

                Runs CDVAE's protocol on the held-out (test) part of the dataset's seeded split and writes
                DIR/metrics.json and DIR/report.html (our figures beside CDVAE's and FTCP's published ones, and the
                distributions behind them). Progress goes to stderr; Ctrl-C cancels and writes nothing.
                  --model ID         an installed model (default meidnet; see 'matdesign extensions')
                  --tasks LIST       recon,gen,opt (default all three)
                  --samples N        crystals generated (default 10000, CDVAE's 20 x 500)
                  --valid-samples N  valid crystals drawn for diversity and distances (default 1000)
                  --starts N         optimisation starts from the test split (default 100)
                  --predictor ID     independent property predictor for property distributions and optimisation
                                     success (default: the one trained on the dataset, %s);
                                     one trained on another dataset is refused
                  --set KEY=VALUE    a setting of the model (e.g. model=FOLDER for a model you trained)
                  --seed S           sampling and selection seed (default 0)""".formatted(String.join(", ",
                BenchmarkDataset.ALL.stream().map(d -> d.predictor() + " on " + d.name()).toList()));
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException {
        Args args = raw.parse(Set.of("dataset", "out", "model", "tasks", "samples", "valid-samples", "starts",
                "predictor", "set", "seed", "data"), Set.of("overwrite"));
        BenchmarkDataset dataset;
        try {
            dataset = BenchmarkDataset.parse(args.require("dataset"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dataset: " + e.getMessage());
        }
        Path outDir = Path.of(args.require("out"));
        Path folder;
        try {
            folder = DataLocation.dataset(args.getPath("data", null), dataset.name());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (the benchmark needs the reference data: pass --data DIR)");
        }
        BenchmarkRequest request;
        try {
            request = new BenchmarkRequest(args.get("model", "meidnet"), settings(args.all("set")), dataset, folder,
                    Set.copyOf(Benchmark.parseTasks(args.get("tasks", "recon,gen,opt"))),
                    args.getInt("samples", BenchmarkRequest.CDVAE_SAMPLES),
                    args.getInt("valid-samples", BenchmarkRequest.CDVAE_VALID_SAMPLES),
                    args.getInt("starts", BenchmarkRequest.CDVAE_STARTS), args.get("predictor", null),
                    args.getInt("seed", 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ContributionRegistry installed = registry.get();
        if (installed == null) {
            throw new CommandFailure("the contribution registry is not running (is org.apache.felix.scr started?)");
        }
        BenchmarkResult result;
        long started = System.nanoTime();
        try (CancelOnInterrupt cancel = new CancelOnInterrupt(true)) {
            result = new Benchmark(installed).run(request, new TextProgress(err, "  progress", cancel));
        } catch (IllegalArgumentException e) { // includes SettingsException: a model setting it does not declare
            throw new UsageException(e.getMessage());
        } catch (OperationCanceledException e) {
            throw new CommandFailure("benchmark cancelled; nothing was written to " + outDir);
        } catch (CoreException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        Path written;
        try {
            written = BenchmarkReport.write(result, outDir, args.has("overwrite"));
        } catch (OutputDirectoryException e) {
            throw new UsageException(e.getMessage());
        }
        print(out, result, written, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static Map<String, Object> settings(List<String> given) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String s : given) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set expects KEY=VALUE, got '" + s + "'");
            }
            settings.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
        return settings;
    }

    private static void print(PrintStream out, BenchmarkResult r, Path written, double seconds) {
        r.facts().forEach((k, v) -> {
            if (k.endsWith(".skipped") || k.endsWith(".failed")) {
                out.println(k + ": " + v);
            }
        });
        r.metrics().forEach((k, v) -> out.printf(Locale.ROOT, "%s = %s%n", k, format(v)));
        out.printf(Locale.ROOT, "wrote %s (metrics.json, report.html) in %.1f s%n", written, seconds);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
