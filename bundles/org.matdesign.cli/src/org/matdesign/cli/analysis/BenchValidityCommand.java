package org.matdesign.cli.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;

/** {@code matdesign bench validity}: CDVAE validity of every row of the dataset CSVs, with throughput. */
final class BenchValidityCommand implements Command {

    @Override
    public String name() {
        return "validity";
    }

    @Override
    public String summary() {
        return "CDVAE validity rates of every dataset row (perov_5, carbon_24, mp_20) and rows per second";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench validity [--data DIR] [--json]

                Streams every CSV of perov_5, carbon_24 and mp_20 under the data folder and prints per file the rows,
                structurally / compositionally valid rows and rows per second (parsing included).
                  --data DIR     the shared data folder (default: found as usual)
                  --json         one JSON array instead of the table""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException {
        Args args = raw.parse(Set.of("data"), Set.of("json"));
        Path data;
        try {
            data = DataLocation.resolve(args.get("data", null) == null ? null : Path.of(args.get("data", null)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(e.getMessage());
        }
        JsonArray all = new JsonArray();
        if (!args.has("json")) {
            out.printf("%-40s %7s %10s %13s %7s %9s%n", "file", "rows", "structural", "compositional", "valid",
                    "rows/s");
        }
        for (String dataset : List.of("perov_5", "carbon_24", "mp_20")) {
            Path dir = data.resolve(dataset);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> csvs;
            try (Stream<Path> s = Files.list(dir)) {
                csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            }
            for (Path csv : csvs) {
                long t0 = System.nanoTime();
                int[] c = new int[4];
                try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
                    rows.map(r -> Validity.of(r.structure())).forEach(v -> {
                        c[0]++;
                        c[1] += v.structural() ? 1 : 0;
                        c[2] += v.compositional() ? 1 : 0;
                        c[3] += v.valid() ? 1 : 0;
                    });
                }
                double perSecond = c[0] / ((System.nanoTime() - t0) / 1e9);
                String name = dataset + "/" + csv.getFileName();
                JsonObject o = new JsonObject();
                o.addProperty("file", name);
                o.addProperty("rows", c[0]);
                o.addProperty("structural", c[1]);
                o.addProperty("compositional", c[2]);
                o.addProperty("valid", c[3]);
                o.addProperty("rows_per_second", perSecond);
                all.add(o);
                if (!args.has("json")) {
                    out.printf(Locale.ROOT, "%-40s %7d %10d %13d %7d %9.0f%n", name, c[0], c[1], c[2], c[3], perSecond);
                }
            }
        }
        if (args.has("json")) {
            out.println(all);
        }
        return 0;
    }
}
