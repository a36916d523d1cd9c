package org.matdesign.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.api.SettingsException;
import org.matdesign.core.data.DataLocation;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignException;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.CampaignSummary;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.output.OutputDirectoryException;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.RecipeReader;
import org.matdesign.ml.DjlRuntime;

/**
 * The driver program spark-submit runs: {@code campaign}, {@code screen}, {@code generate} and {@code bench-screen}.
 * A thin caller: the campaign and the funnel are the engine's; this class reads options, starts the session and
 * prints what came out. Exit codes: 0 done, 1 failed, 2 usage error.
 */
public final class Main {

    static final String USAGE = """
            usage: spark-submit --class org.matdesign.spark.Main [spark options] matdesign-spark.jar COMMAND ...
              campaign RECIPE.json --out DIR [--overwrite] [--data DIR]
                  the recipe's targets as Spark tasks; the same outputs as 'matdesign run RECIPE.json'
              screen --in TABLE --out DIR [--recipe R.json] [--format csv|parquet] [--partitions N]
                     [--cif-column cif] [--id-column material_id] [--data DIR]
                  every crystal of TABLE (CSV with a CIF column, a folder of CSV parts, or .parquet) through the
                  recipe's validators; writes DIR/verdicts (one row per input) and DIR/survivors
              generate --count N --out DIR [--recipe R.json] [--part-size 1000] [--data DIR]
                  N crystals from the recipe's generator, one CSV part per task, kept as each part finishes;
                  run again to write only the missing parts
              bench-screen [--count 100000] [--partitions 8] [--work DIR] [--data DIR]
                  generates COUNT crystals, screens them on Spark and in one plain JVM, prints crystals/s per stage
            common: --master M (default: spark-submit's, else local[*]); --device auto|cpu|gpu[:N] on the driver
            and every executor (default auto); without --recipe, generate and screen use
            the bundled MEIDNet model judged against band_gap=1.2 eV, formation_energy=-0.025 eV/atom
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            Options o = Options.parse(Arrays.copyOfRange(args, 1, args.length));
            return switch (args[0]) {
                case "campaign" -> campaign(o, out, err);
                case "screen" -> screen(o, out, err);
                case "generate" -> generate(o, out, err);
                case "bench-screen" -> ScreenBenchmark.run(o, out, err);
                default -> throw new UsageError("unknown command '" + args[0] + "'");
            };
        } catch (UsageError | RecipeException | SettingsException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (CampaignException | OutputDirectoryException | IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (Exception e) { // a failed Spark job or a table Spark cannot read (Scala throws undeclared)
            err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int campaign(Options o, PrintStream out, PrintStream err) throws IOException {
        Path recipeFile = Path.of(o.positional(0, "RECIPE.json"));
        Recipe recipe = RecipeReader.read(recipeFile, PropertyCatalogue.defaults());
        String text = Files.readString(recipeFile, StandardCharsets.UTF_8);
        Path dir = Path.of(o.require("out"));
        Path data = o.data();
        try (SparkSession spark = session(o, "MatDesign campaign " + recipe.name())) {
            List<String> command = new ArrayList<>(List.of("matdesign-spark", "campaign"));
            command.addAll(o.raw());
            CampaignRequest request = new CampaignRequest(recipe, dir, o.flag("overwrite"), data, command,
                    err::println);
            CampaignOutcome outcome = new Campaign(ClasspathRegistry.get(), request)
                    .withTargetRunner(new SparkTargets(JavaSparkContext.fromSparkContext(spark.sparkContext()), text,
                            recipeFile.toString(), data))
                    .execute(new NullProgressMonitor());
            CampaignSummary.lines(outcome).forEach(out::println);
        }
        return 0;
    }

    private static int screen(Options o, PrintStream out, PrintStream err) throws IOException {
        ScreenTable table = new ScreenTable(o.require("in"), o.get("cif-column", ScreenTable.DEFAULT_CIF),
                o.get("id-column", ScreenTable.DEFAULT_ID));
        Path dir = Path.of(o.require("out"));
        refuseExisting(dir);
        String format = o.get("format", "csv");
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new UsageError("--format must be csv or parquet, got '" + format + "'");
        }
        String[] recipe = recipe(o);
        try (SparkSession spark = session(o, "MatDesign screen " + table.path())) {
            List<String> problems = new ArrayList<>();
            SparkScreen.Summary s = SparkScreen.run(spark, table, dir, format,
                    o.integer("partitions", spark.sparkContext().defaultParallelism() * 2), recipe[1], recipe[0],
                    o.data(), problems);
            problems.forEach(p -> err.println(Campaign.PROBLEM_PREFIX + p));
            printScreen(out, s, dir);
        }
        return 0;
    }

    private static int generate(Options o, PrintStream out, PrintStream err) throws IOException {
        long count = o.longValue("count", -1);
        if (count < 1) {
            throw new UsageError("--count N (at least 1) is required");
        }
        String dir = o.require("out");
        String[] recipe = recipe(o);
        try (SparkSession spark = session(o, "MatDesign generate " + count)) {
            List<String> problems = new ArrayList<>();
            Path data = o.data();
            SparkGenerate.Summary s = SparkGenerate.run(JavaSparkContext.fromSparkContext(spark.sparkContext()),
                    recipe[1], recipe[0], data == null ? null : data.toString(), count,
                    o.integer("part-size", 1000), dir, problems);
            problems.forEach(p -> err.println(Campaign.PROBLEM_PREFIX + p));
            out.printf(Locale.ROOT, "generated %d crystals in %d new parts (%d already there) in %s in %.1f s%n",
                    s.crystals(), s.written(), s.skipped(), dir, s.wallSeconds());
        }
        return 0;
    }

    /** {source name, text} of --recipe, else of the bundled screening recipe. */
    static String[] recipe(Options o) throws IOException {
        String given = o.get("recipe", null);
        if (given != null) {
            Path file = Path.of(given);
            RecipeReader.read(file, PropertyCatalogue.defaults()); // refuses a bad recipe on the driver, early
            return new String[] {file.toString(), Files.readString(file, StandardCharsets.UTF_8)};
        }
        try (InputStream in = Main.class.getResourceAsStream("screen-recipe.json")) {
            return new String[] {"bundled screen-recipe.json", new String(in.readAllBytes(), StandardCharsets.UTF_8)};
        }
    }

    static void refuseExisting(Path dir) {
        if (Files.exists(dir)) {
            throw new UsageError("output folder " + dir + " exists; screening writes a new folder and never replaces"
                    + " one (remove it or name another)");
        }
    }

    /** The session: spark-submit's master, else --master, else every core of this machine. */
    static SparkSession session(Options o, String name) {
        SparkConf conf = new SparkConf().setAppName(name);
        String device = o.get("device", null);
        if (device != null) {
            try {
                DjlRuntime.useDevice(device, "--device");
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            conf.setExecutorEnv("MATDESIGN_DEVICE", device); // read by the model runtime of every executor
        }
        String master = o.get("master", conf.get("spark.master", "local[*]"));
        conf.setMaster(master);
        if (master.startsWith("local")) {
            // One machine: no web UI, and a driver that binds to loopback instead of whatever the hostname resolves to.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    static void printScreen(PrintStream out, SparkScreen.Summary s, Path dir) {
        out.printf(Locale.ROOT, "screened %d rows (%d parsed) in %.1f s: %d survivors; wrote %s and %s%n", s.rows(),
                s.parsed(), s.wallSeconds(), s.survivors(), dir.resolve("verdicts"), dir.resolve("survivors"));
        for (Map.Entry<String, long[]> v : s.byValidator().entrySet()) {
            out.printf(Locale.ROOT, "  %-22s judged %d, passed %d%n", v.getKey(), v.getValue()[0], v.getValue()[1]);
        }
    }

    /** A command line that cannot run: exit code 2 with the usage. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** {@code --key value} and {@code --flag} options, positional arguments in order. */
    record Options(Map<String, String> values, List<String> positionals, List<String> raw) {

        private static final List<String> FLAGS = List.of("overwrite");

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> positionals = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--")) {
                    String key = a.substring(2);
                    if (FLAGS.contains(key)) {
                        values.put(key, "true");
                    } else if (i + 1 < args.length) {
                        values.put(key, args[++i]);
                    } else {
                        throw new UsageError("option " + a + " needs a value");
                    }
                } else {
                    positionals.add(a);
                }
            }
            return new Options(values, positionals, List.of(args));
        }

        String get(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        String require(String key) {
            String v = values.get(key);
            if (v == null || v.isBlank()) {
                throw new UsageError("--" + key + " is required");
            }
            return v;
        }

        boolean flag(String key) {
            return values.containsKey(key);
        }

        String positional(int i, String what) {
            if (positionals.size() <= i) {
                throw new UsageError(what + " is required");
            }
            return positionals.get(i);
        }

        int integer(String key, int fallback) {
            long v = longValue(key, fallback);
            if (v < 1 || v > Integer.MAX_VALUE) {
                throw new UsageError("--" + key + " must be a positive whole number, got " + values.get(key));
            }
            return (int) v;
        }

        long longValue(String key, long fallback) {
            String v = values.get(key);
            if (v == null) {
                return fallback;
            }
            try {
                return Long.parseLong(v.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new UsageError("--" + key + " must be a whole number, got '" + v + "'");
            }
        }

        /** --data, else the default location when it exists; none is fine (the bundles' own references). */
        Path data() {
            String given = values.get("data");
            if (given != null) {
                if (!Files.isDirectory(Path.of(given))) {
                    throw new UsageError("data folder " + given + " does not exist");
                }
                return Path.of(given);
            }
            return DataLocation.find().filter(Files::isDirectory).orElse(null);
        }
    }
}
