package org.matdesign.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench-screen}: generates crystals from random latents of the bundled model, screens them on Spark and then
 * through the same funnel in this one JVM, and prints crystals per second per stage and in total, with whether both
 * counted the same. Spark's stage figures are task time summed over its cores; the totals are wall clock.
 */
final class ScreenBenchmark {

    private ScreenBenchmark() {
    }

    static int run(Main.Options o, PrintStream out, PrintStream err) throws IOException {
        long count = o.longValue("count", 100_000);
        Path work = o.get("work", null) == null ? Files.createTempDirectory("matdesign-bench-screen")
                : Path.of(o.get("work", null));
        String[] recipe = Main.recipe(o);
        Path data = o.data();
        String dataText = data == null ? null : data.toString();
        List<String> problems = new ArrayList<>();
        try (SparkSession spark = Main.session(o, "MatDesign bench-screen")) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int cores = jsc.defaultParallelism();
            int partitions = o.integer("partitions", 4 * cores);
            Path table = work.resolve("generated");
            SparkGenerate.Summary g = SparkGenerate.run(jsc, recipe[1], recipe[0], dataText, count,
                    o.integer("part-size", 5000), table.toString(), problems);
            out.printf(Locale.ROOT, "generated %d crystals (%d parts new) in %.1f s: %.0f crystals/s on %s%n",
                    g.crystals(), g.written(), g.wallSeconds(), g.crystals() / g.wallSeconds(), jsc.master());

            Path screened = work.resolve("screened-" + System.nanoTime());
            ScreenTable source = new ScreenTable(table.toString(), ScreenTable.DEFAULT_CIF, ScreenTable.DEFAULT_ID);
            SparkScreen.Summary s = SparkScreen.run(spark, source, screened, "parquet", partitions, recipe[1],
                    recipe[0], data, problems);

            List<InputRow> rows = source.rows(spark).collect();
            ScreenWorker worker = ScreenWorker.of(recipe[1], recipe[0], dataText);
            StageTimes.Local plainTimes = new StageTimes.Local();
            long t = System.nanoTime();
            List<ScreenedRow> plain = worker.plain(rows, problems::add, plainTimes);
            double plainWall = (System.nanoTime() - t) / 1e9;
            SparkScreen.Summary p = SparkScreen.summary(plain, worker, plainTimes.nanos(), plainWall);

            out.printf(Locale.ROOT, "screened %d crystals: Spark %s (%d cores, %d partitions) and one plain JVM%n",
                    s.rows(), jsc.master(), cores, partitions);
            out.printf(Locale.ROOT, "%-22s %12s %14s %12s %14s%n", "stage", "spark task s", "crystals/s/core",
                    "plain s", "crystals/s");
            for (Map.Entry<String, Long> e : s.stageNanos().entrySet()) {
                double sparkSeconds = e.getValue() / 1e9;
                double plainSeconds = p.stageNanos().getOrDefault(e.getKey(), 0L) / 1e9;
                out.printf(Locale.ROOT, "%-22s %12.1f %14.0f %12.1f %14.0f%n", e.getKey(), sparkSeconds,
                        s.rows() / sparkSeconds, plainSeconds, s.rows() / plainSeconds);
            }
            out.printf(Locale.ROOT, "%-22s %12.1f %14s %12.1f %14.0f   (wall clock; Spark %.0f crystals/s)%n",
                    "total", s.wallSeconds(), "", p.wallSeconds(), s.rows() / p.wallSeconds(),
                    s.rows() / s.wallSeconds());
            out.printf(Locale.ROOT, "survivors: Spark %d, plain %d; every count equal: %s%n", s.survivors(),
                    p.survivors(), s.sameCounts(p) ? "yes" : "NO");
            out.println("outputs in " + work);
        }
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem(s); first: " + problems.get(0));
        }
        return 0;
    }
}
