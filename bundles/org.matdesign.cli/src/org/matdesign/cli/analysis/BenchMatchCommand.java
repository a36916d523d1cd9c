package org.matdesign.cli.analysis;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import com.google.gson.JsonObject;
import org.matdesign.analysis.match.PymatgenAgreement;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;
import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;

/** {@code matdesign bench match}: milliseconds per structure pair. */
final class BenchMatchCommand implements Command {

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "Milliseconds per pair of the structure matcher (fit + rms)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench match [--data DIR] [--rows N] [--rounds R] [--json]

                Times fit and rms (each from scratch, single thread, after a warm-up round) on the bundled pymatgen
                agreement pairs, and with --data also on dataset rows: each of the first N rows of perov_5/val.csv,
                carbon_24/val.csv and mp_20/sample_rows_from_fork.csv against itself and against the next row.
                  --data DIR     the shared data folder (default: found as usual)
                  --rows N       dataset rows per file (default 300)
                  --rounds R     timing rounds on the fixture, the last one is reported (default 2)
                  --json         one JSON object instead of the table""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("data", "rows", "rounds"), Set.of("json"));
        int rows = args.getInt("rows", 300);
        int rounds = args.getInt("rounds", 2);
        if (rows < 2 || rounds < 1) {
            throw new UsageException("--rows must be at least 2 and --rounds at least 1");
        }
        JsonObject json = new JsonObject();
        List<PymatgenAgreement.Pair> pairs = PymatgenAgreement.loadPairs();
        PymatgenAgreement.Report report = PymatgenAgreement.run(pairs, rounds);
        json.addProperty("fixture_pairs", report.pairs());
        json.addProperty("fixture_ms_per_pair", report.javaMillisPerPair());
        json.addProperty("pymatgen_ms_per_pair", report.pymatgenMillisPerPair());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-34s %6d pairs %9.3f ms/pair  (pymatgen %.3f ms/pair)",
                "pymatgen agreement fixture", report.pairs(), report.javaMillisPerPair(),
                report.pymatgenMillisPerPair()));
        Path data = args.get("data", null) == null ? DataLocation.find().orElse(null)
                : DataLocation.resolve(Path.of(args.get("data", null)));
        if (data != null) {
            for (String file : List.of("perov_5/val.csv", "carbon_24/val.csv", "mp_20/sample_rows_from_fork.csv")) {
                Path csv = data.resolve(file);
                if (!Files.exists(csv)) {
                    continue;
                }
                List<Structure> structures = new ArrayList<>();
                try (Stream<DatasetRow> s = CdvaeDataset.stream(csv)) {
                    s.limit(rows).forEach(r -> structures.add(r.structure()));
                }
                StructureMatcher m = new StructureMatcher();
                long t0 = System.nanoTime();
                int n = 0;
                int fits = 0;
                for (int i = 0; i + 1 < structures.size(); i++) {
                    for (Structure other : List.of(structures.get(i), structures.get(i + 1))) {
                        fits += m.fit(structures.get(i), other) ? 1 : 0;
                        m.rms(structures.get(i), other);
                        n++;
                    }
                }
                double ms = (System.nanoTime() - t0) / 1e6 / n;
                json.addProperty(file.substring(0, file.indexOf('/')) + "_ms_per_pair", ms);
                lines.add(String.format(Locale.ROOT, "%-34s %6d pairs %9.3f ms/pair  (%d fit)", file, n, ms, fits));
            }
        }
        if (args.has("json")) {
            out.println(json);
        } else {
            lines.forEach(out::println);
        }
        return 0;
    }
}
