package org.matdesign.models.meidnet.cli;

import com.google.gson.JsonObject;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.models.meidnet.TrainBenchmark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

/** {@code matdesign bench train}: crystals per second of the fixed synthetic EGNN training configuration. */
final class BenchTrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "Training throughput (crystals/s) of the fixed synthetic EGNN configuration";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench train [--steps N] [--json]

                B=64 crystals of 20 atoms, hidden 128, 3 EGNN layers (edge MLP 2H+1->H->H, coordinate MLP H->H->1,
                node MLP 2H->H->H with LayerNorm), masked mean pool, property MLP 2->H->H, symmetric InfoNCE
                (tau 0.1) + coordinate MSE, Adam, 2 threads; the median step time after 10 warm-up steps.
                  --steps N   measured steps (default 20)
                  --json      {"crystals_per_second": ...}""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("steps"), Set.of("json"));
        int steps = args.getInt("steps", 20);
        if (steps < 1) {
            throw new UsageException("--steps must be >= 1");
        }
        DjlRuntime.start(2);
        TrainBenchmark.Result r = TrainBenchmark.run(10, steps);
        if (args.has("json")) {
            JsonObject o = new JsonObject();
            o.addProperty("crystals_per_second", r.crystalsPerSecond());
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "%.1f crystals/s (median step %.1f ms over %d steps after %d warm-up, B=%d, N=%d,"
                    + " %d thread(s))%n", r.crystalsPerSecond(), r.medianStepMs(), r.steps(), r.warmupSteps(),
                    TrainBenchmark.BATCH, TrainBenchmark.ATOMS, r.threads());
        }
        return 0;
    }
}
