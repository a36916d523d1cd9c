package org.matdesign.cli.core;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.core.io.StructureParseException;

/** {@code matdesign bench parse [--data DIR] [--dataset NAME] [--repeat N] [--json]}. */
final class ParseBenchmark implements Command {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "Structures parsed per second from the perov_5 CSVs (CSV + CIF parsing)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench parse [--data DIR] [--dataset NAME] [--repeat N] [--json]

                Streams every row of the dataset's CSVs (CSV reading and CIF parsing into structures) once to warm
                up, then N timed times, and prints structures per second (best and median of the timed passes).
                  --data DIR       the shared data folder (default: MATDESIGN_DATA, ../shared/data, ...)
                  --dataset NAME   dataset folder under the data folder (default perov_5)
                  --repeat N       timed passes (default 3)
                  --json           one JSON object instead of text""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("data", "dataset", "repeat"), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        int repeat = args.getInt("repeat", 3);
        if (repeat < 1) {
            throw new UsageException("--repeat must be at least 1");
        }
        String dataset = args.get("dataset", "perov_5");
        List<Path> csvs;
        try {
            Path dir = DataLocation.dataset(args.getPath("data", null), dataset);
            csvs = DatasetSplit.csvFiles(dir);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(e.getMessage());
        }
        long structures = 0;
        long sites = 0;
        double[] seconds = new double[repeat];
        try {
            pass(csvs); // warm-up (JIT)
            for (int r = 0; r < repeat; r++) {
                long start = System.nanoTime();
                long[] counts = pass(csvs);
                seconds[r] = (System.nanoTime() - start) / 1e9;
                structures = counts[0];
                sites = counts[1];
            }
        } catch (StructureParseException e) {
            throw new CommandFailure(e.getMessage());
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double best = structures / sorted[0];
        double median = structures / sorted[repeat / 2];
        if (args.has("json")) {
            JsonObject o = new JsonObject();
            o.addProperty("benchmark", "parse");
            o.addProperty("dataset", dataset);
            JsonArray files = new JsonArray();
            csvs.forEach(p -> files.add(p.getFileName().toString()));
            o.add("files", files);
            o.addProperty("structures", structures);
            o.addProperty("sites", sites);
            o.addProperty("repeat", repeat);
            o.addProperty("best_seconds", sorted[0]);
            o.addProperty("structures_per_second", best);
            o.addProperty("median_structures_per_second", median);
            o.addProperty("threads", 1);
            out.println(new Gson().toJson(o));
        } else {
            List<String> names = new ArrayList<>();
            csvs.forEach(p -> names.add(p.getFileName().toString()));
            out.printf(Locale.ROOT, "parse %s (%s): %d structures, %d sites%n", dataset, String.join(", ", names),
                    structures, sites);
            out.printf(Locale.ROOT, "%.0f structures/s (best of %d passes, %.3f s), median %.0f structures/s, 1 thread%n",
                    best, repeat, sorted[0], median);
        }
        return 0;
    }

    private static long[] pass(List<Path> csvs) {
        long structures = 0;
        long sites = 0;
        for (Path csv : csvs) {
            try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
                for (DatasetRow row : (Iterable<DatasetRow>) rows::iterator) {
                    structures++;
                    sites += row.structure().size();
                }
            }
        }
        return new long[] {structures, sites};
    }
}
