package org.matdesign.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * The jar spark-submit takes, run as README says ({@code ./matdesign-spark}): a campaign on a local cluster of two
 * executor JVMs (so results cross JVMs as text, and each executor reads the merged plugin.xml of the jar) writes what
 * one plain JVM writes; generate and screen run from the jar on {@code local[2]}.
 */
class SparkSubmitIT {

    static final Path SCRIPT = Path.of("../../matdesign-spark").toAbsolutePath().normalize();

    @Test
    void theSubmitJarRunsACampaignOnTwoExecutorJvmsAndAGenerateAndScreen(@TempDir Path tmp) throws Exception {
        Path recipe = tmp.resolve("recipe.json");
        Files.writeString(recipe, SparkJobsTest.RECIPE);
        Run cluster = run(tmp, "--master", "local-cluster[2,1,1536]", "--conf", "spark.executor.memory=1200m",
                "campaign", recipe.toString(), "--out", tmp.resolve("cluster").toString());
        assertEquals(0, cluster.exit(), cluster.output());
        assertTrue(cluster.output().contains("wrote 6 candidates"), cluster.output());

        new Campaign(ClasspathRegistry.get(), new CampaignRequest(RecipeReader.parse(SparkJobsTest.RECIPE,
                recipe.toString(), PropertyCatalogue.defaults()), tmp.resolve("plain"), false, null, List.of(),
                line -> { })).execute(new NullProgressMonitor());
        List<String> files = files(tmp.resolve("plain"));
        assertEquals(files, files(tmp.resolve("cluster")));
        for (String f : files) {
            if (!f.equals("provenance.json") && !f.equals("report.html")) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("plain").resolve(f)),
                        Files.readAllBytes(tmp.resolve("cluster").resolve(f)), f + " differs");
            }
        }

        Run generate = run(tmp, "--master", "local[2]", "generate", "--count", "300", "--part-size", "100", "--out",
                tmp.resolve("generated").toString());
        assertEquals(0, generate.exit(), generate.output());
        assertTrue(generate.output().contains("generated 300 crystals in 3 new parts"), generate.output());
        Run screen = run(tmp, "--master", "local[2]", "screen", "--in", tmp.resolve("generated").toString(), "--out",
                tmp.resolve("screened").toString());
        assertEquals(0, screen.exit(), screen.output());
        assertTrue(screen.output().contains("screened 300 rows (300 parsed)"), screen.output());
        assertTrue(!screen.output().contains("problem: "), screen.output());
        assertTrue(Files.isDirectory(tmp.resolve("screened/verdicts")) && Files.isDirectory(
                tmp.resolve("screened/survivors")));
    }

    record Run(int exit, String output) {
    }

    private static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("run-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Run(-1, "timed out: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        // Spark's own INFO and WARN lines are dropped, so a failure message shows what matters.
        String output = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.matches("^\\d\\d/\\d\\d/\\d\\d .*(INFO|WARN) .*") && !l.startsWith("WARNING"))
                .reduce("", (a, b) -> a + b + "\n");
        return new Run(p.exitValue(), output);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
