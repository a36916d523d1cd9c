package org.matdesign.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.Verdict;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * The Spark jobs on {@code local[2]} against the same work in one plain JVM: a campaign split per target writes the
 * same candidates and CIFs; a screening counts and judges every row as the plain funnel does, uniqueness across
 * partitions included; generation keeps finished parts and writes only missing ones when run again.
 */
class SparkJobsTest {

    /**
     * Two targets, small enough for CI: 3 candidates x 4 starts, 10 Adam steps in batches of 5 latents (so each
     * target's optimisation is cut into slices of 5, 5 and 2 starts, a group across two slices), the full funnel.
     */
    static final String RECIPE = """
            {"name": "spark-test", "model": "default", "seed": 7, "starts_per_candidate": 4,
             "generator": {"id": "meidnet"},
             "optimizer": {"id": "meidnet.latent-adam", "settings": {"steps": 10, "batch": 5}},
             "targets": [{"properties": {"band_gap": 1.2, "formation_energy": -0.025}, "count": 3},
                         {"properties": {"band_gap": 2.0, "formation_energy": 0.5}, "count": 3}],
             "validators": [{"id": "elements"}, {"id": "structural_validity"}, {"id": "charge_neutrality"},
                            {"id": "uniqueness"}, {"id": "novelty"}, {"id": "independent_property"},
                            {"id": "stability_estimate"}]}
            """;

    static SparkSession spark;
    static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = Main.session(Main.Options.parse(new String[] {"--master", "local[2]"}), "MatDesign tests");
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void campaignSplitPerTargetWritesWhatOneJvmWrites(@TempDir Path tmp) throws IOException {
        Recipe recipe = RecipeReader.parse(RECIPE, "spark-test.json", PropertyCatalogue.defaults());
        CampaignOutcome plain = new Campaign(ClasspathRegistry.get(),
                new CampaignRequest(recipe, tmp.resolve("plain"), false, null, List.of(), line -> { }))
                .execute(new NullProgressMonitor());
        List<String> log = new ArrayList<>();
        CampaignOutcome spread = new Campaign(ClasspathRegistry.get(),
                new CampaignRequest(recipe, tmp.resolve("spark"), false, null, List.of(), log::add))
                .withTargetRunner(new SparkTargets(jsc, RECIPE, "spark-test.json", null))
                .execute(new NullProgressMonitor());

        assertEquals(6, plain.results().candidates().size());
        assertEquals(List.of(), plain.results().problems(), "every contribution of the recipe ran");
        assertEquals(List.of(), spread.results().problems());
        List<String> files = outputs(tmp.resolve("plain"));
        assertEquals(files, outputs(tmp.resolve("spark")));
        assertTrue(files.contains("candidates.csv") && files.stream().filter(f -> f.endsWith(".cif")).count() == 6,
                files::toString);
        for (String f : files) {
            if (!f.equals("provenance.json") && !f.equals("report.html")) { // these carry the run's times
                assertArrayEquals(Files.readAllBytes(tmp.resolve("plain").resolve(f)),
                        Files.readAllBytes(tmp.resolve("spark").resolve(f)), f + " differs");
            }
        }
        assertTrue(log.stream().anyMatch(l -> l.startsWith("target 2/2")), "the executors' log reaches the driver");
        assertEquals(6, log.stream().filter(l -> l.contains("optimising") && l.contains("with meidnet.latent-adam"))
                .count(), "two targets, each optimised in three slices: " + log);
    }

    @Test
    void screeningJudgesEveryRowAsThePlainFunnelDoes(@TempDir Path tmp) throws IOException {
        String[] recipe = Main.recipe(Main.Options.parse(new String[0]));
        SparkGenerate.Summary g = SparkGenerate.run(jsc, recipe[1], recipe[0], null, 300, 100,
                tmp.resolve("generated").toString(), new ArrayList<>());
        assertEquals(300, g.crystals());
        // The generated rows, 40 of them again at the end (duplicates that only uniqueness across partitions can
        // catch) and two rows that are not crystals.
        ScreenTable generated = new ScreenTable(tmp.resolve("generated").toString(), "cif", "material_id");
        List<InputRow> rows = new ArrayList<>(generated.rows(spark).collect());
        StringBuilder csv = new StringBuilder("material_id,cif\n");
        rows.forEach(r -> csv.append(r.id()).append(",\"").append(r.cif()).append("\"\n"));
        rows.subList(0, 40).forEach(r -> csv.append("again-").append(r.id()).append(",\"").append(r.cif())
                .append("\"\n"));
        csv.append("broken-1,\"data_x\n_cell_length_a 3\n\"\nbroken-2,\n");
        Path table = tmp.resolve("table.csv");
        Files.writeString(table, csv);

        ScreenTable source = new ScreenTable(table.toString(), "cif", "material_id");
        List<String> problems = new ArrayList<>();
        SparkScreen.Summary s = SparkScreen.run(spark, source, tmp.resolve("screened"), "csv", 4, recipe[1],
                recipe[0], null, problems);

        List<InputRow> input = source.rows(spark).collect();
        ScreenWorker worker = ScreenWorker.of(recipe[1], recipe[0], null);
        List<ScreenedRow> plain = worker.plain(input, problems::add, new StageTimes.Local());
        SparkScreen.Summary expected = SparkScreen.summary(plain, worker, Map.of(), 0);
        assertEquals(List.of(), problems, "every validator ran");
        assertEquals(342, s.rows());
        assertEquals(expected.rows(), s.rows());
        assertEquals(expected.parsed(), s.parsed());
        assertEquals(340, s.parsed());
        assertEquals(expected.survivors(), s.survivors());
        assertEquals(expected.byValidator().keySet(), s.byValidator().keySet());
        for (Map.Entry<String, long[]> e : s.byValidator().entrySet()) {
            assertEquals(expected.byValidator().get(e.getKey())[0], e.getValue()[0], e.getKey() + " judged");
            assertEquals(expected.byValidator().get(e.getKey())[1], e.getValue()[1], e.getKey() + " passed");
        }
        assertTrue(s.sameCounts(expected));
        long[] uniqueness = s.byValidator().get("uniqueness");
        assertTrue(uniqueness[0] - uniqueness[1] >= 40, "the 40 repeated rows are duplicates: " + uniqueness[1]);

        // Row by row: the verdicts written equal the plain funnel's.
        List<Row> written = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(tmp.resolve("screened/verdicts").toString()).collectAsList();
        assertEquals(342, written.size());
        for (int i = 0; i < plain.size(); i++) {
            ScreenedRow p = plain.get(i);
            Row w = written.get(i);
            assertEquals(Long.toString(p.index()), w.getAs("index"));
            assertEquals(p.id(), w.getAs("material_id"));
            Map<String, Verdict> verdicts = p.parsed() ? ResultWire.readCandidate(p.candidate()).verdicts() : Map.of();
            for (String id : worker.validators()) {
                Verdict verdict = verdicts.get(id);
                assertEquals(verdict == null ? null : Boolean.toString(verdict.passed()), w.getAs(id),
                        "row " + i + " " + id);
            }
        }
        assertTrue(!plain.get(340).parsed() && !plain.get(341).parsed(), "the two broken rows are refused");
        assertEquals("", written.get(0).getAs("parse_error") == null ? "" : written.get(0).getAs("parse_error"));
        long survivors = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(tmp.resolve("screened/survivors").toString()).count();
        assertEquals(s.survivors(), survivors);
    }

    @Test
    void generationKeepsFinishedPartsAndWritesOnlyMissingOnes(@TempDir Path tmp) throws IOException {
        String[] recipe = Main.recipe(Main.Options.parse(new String[0]));
        String out = tmp.resolve("gen").toString();
        SparkGenerate.Summary first = SparkGenerate.run(jsc, recipe[1], recipe[0], null, 250, 100, out,
                new ArrayList<>());
        assertEquals(3, first.parts());
        assertEquals(3, first.written());
        assertEquals(250, first.crystals());
        Path lost = tmp.resolve("gen/part-00001.csv");
        byte[] before = Files.readAllBytes(lost);
        Files.delete(lost);
        SparkGenerate.Summary again = SparkGenerate.run(jsc, recipe[1], recipe[0], null, 250, 100, out,
                new ArrayList<>());
        assertEquals(1, again.written());
        assertEquals(2, again.skipped());
        assertArrayEquals(before, Files.readAllBytes(lost), "a part's seed makes it the same crystals again");
    }

    @Test
    void badCommandLinesAreUsageErrorsNamingTheProblem(@TempDir Path tmp) throws IOException {
        assertEquals(2, exit("screen", "--out", tmp.resolve("x").toString()), "--in is required");
        assertEquals(2, exit("generate", "--count", "0", "--out", tmp.toString()));
        assertEquals(2, exit("frobnicate"));
        Files.createDirectories(tmp.resolve("existing"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Main.run(new String[] {"screen", "--in", "t.csv", "--out", tmp.resolve("existing").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists"), err.toString(StandardCharsets.UTF_8));
    }

    private static int exit(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private static List<String> outputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
