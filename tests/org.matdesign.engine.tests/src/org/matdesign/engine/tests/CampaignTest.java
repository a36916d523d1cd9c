package org.matdesign.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.SettingsException;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignException;
import org.matdesign.engine.CampaignJob;
import org.matdesign.engine.CampaignListener;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.TimeLimits;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.RecipeReader;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The engine's campaign with the installed registry and no MEIDNet: the third-party example generator, the built-in
 * validators and outputs, a third party's validator and visualizer, and faulty contributions.
 */
class CampaignTest {

    /** Two targets, the example rock-salt generator, no optimizer; uniqueness settings come from the recipe. */
    private static final String RECIPE = """
            {"name": "rocksalt", "seed": 3, "starts_per_candidate": 1,
             "generator": "example.rocksalt", "optimizer": {"id": "none", "enabled": false},
             "targets": [{"properties": {"band_gap": 1.0}, "count": 6},
                         {"properties": {"band_gap": 2.0}, "count": 6}],
             "validators": ["structural_validity", "charge_neutrality", UNIQUENESS,
                            {"id": "example.density", "settings": {"max": 25}}],
             "visualizers": ["outputs.cif", "outputs.csv", "outputs.json", "outputs.report", "outputs.provenance",
                             VISUALIZER],
             "sun": ["structural_validity", "charge_neutrality", "uniqueness", "example.density"]}
            """;

    @TempDir
    Path tmp;

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
        assertNotNull(registry, "registry service");
    }

    private static Recipe recipe(String uniqueness, String visualizer) {
        return RecipeReader.parse(RECIPE.replace("UNIQUENESS", uniqueness).replace("VISUALIZER", visualizer),
                "test.json", PropertyCatalogue.defaults());
    }

    private CampaignOutcome run(Recipe recipe, Path out) {
        List<String> log = new ArrayList<>();
        return new Campaign(registry, new CampaignRequest(recipe, out, false, null, List.of("test"), log::add))
                .execute(new NullProgressMonitor());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void thirdPartyValidatorAndVisualizerReachEveryOutput() throws IOException {
        Path out = tmp.resolve("run");
        CampaignOutcome o = run(recipe("\"uniqueness\"", "\"example.formulas\""), out);
        assertEquals(12, o.results().candidates().size());
        List<String> csv = Files.readAllLines(out.resolve("candidates.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        for (String column : List.of("example.density.passed", "example.density.value", "example.density.detail",
                "uniqueness.passed", "sun")) {
            assertTrue(header.contains(column), column + " missing from " + header);
        }
        assertTrue(csv.get(1).contains("g/cm3"), "the density detail is in the rows: " + csv.get(1));
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("candidates.json"))).getAsJsonObject();
        JsonObject first = json.getAsJsonArray("candidates").get(0).getAsJsonObject();
        assertTrue(first.getAsJsonObject("verdicts").has("example.density"), first.toString());
        assertEquals("Structure", first.getAsJsonObject("structure").get("@class").getAsString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("example.density"));
        List<String> formulas = Files.readAllLines(out.resolve("formulas.txt"));
        assertEquals(12, formulas.size(), "the third party's visualizer wrote one line per candidate");
        assertTrue(formulas.get(0).startsWith("1\t"), formulas.get(0));
        assertEquals(12, names(out).stream().filter(n -> n.endsWith(".cif")).count());
        assertEquals(List.of("run"), names(tmp), "no staging folder left");
    }

    @Test
    void uniquenessIsJudgedAcrossTheCampaignWithTheRecipeSettings() {
        // Rock-salt crystals of one pair differ by 2 % in the lattice constant: duplicates with default tolerances.
        CampaignOutcome loose = run(recipe("\"uniqueness\"", "\"example.formulas\""), tmp.resolve("a"));
        long uniqueLoose = countPassed(loose, "uniqueness");
        assertEquals(3, uniqueLoose, "one NaCl, one KBr, one LiF across both targets");
        CampaignOutcome strict = run(recipe("{\"id\": \"uniqueness\", \"settings\": {\"ltol\": 0.001, \"stol\": 0.001,"
                + " \"volume_tol\": 0.0001}}", "\"example.formulas\""), tmp.resolve("b"));
        assertEquals(12, countPassed(strict, "uniqueness"), "with tight tolerances every jittered cell is unique");
        // The SUN column follows the same verdicts: only unique candidates can be SUN.
        assertTrue(loose.results().sunCount() <= 3, "SUN " + loose.results().sunCount());
        assertTrue(loose.results().candidates().get(0).sun(), "SUN candidates rank first");
    }

    private static long countPassed(CampaignOutcome o, String stage) {
        return o.results().candidates().stream().map(RankedCandidate::candidate)
                .filter(c -> c.verdicts().get(stage).passed()).count();
    }

    @Test
    void aFailingVisualizerIsReportedAndItsFileDropped() throws IOException {
        Path out = tmp.resolve("run");
        CampaignOutcome o = run(recipe("\"uniqueness\"", "\"faulty.throwing-visualizer\""), out);
        assertFalse(Files.exists(out.resolve("half-written.txt")));
        assertTrue(Files.exists(out.resolve("candidates.csv")));
        assertTrue(o.results().problems().stream().anyMatch(p -> p.contains("broke on purpose")),
                o.results().problems().toString());
    }

    @Test
    void unknownSettingsAndValuesAreRefusedBeforeAnythingRuns() throws IOException {
        SettingsException typo = assertThrows(SettingsException.class, () -> run(recipe(
                "{\"id\": \"uniqueness\", \"settings\": {\"ltoll\": 0.2}}", "\"example.formulas\""), tmp.resolve("a")));
        assertTrue(typo.getMessage().contains("validator 'uniqueness'") && typo.getMessage().contains("'ltoll'")
                && typo.getMessage().contains("ltol, stol, angle_tol, volume_tol"), typo.getMessage());
        SettingsException range = assertThrows(SettingsException.class, () -> run(recipe(
                "{\"id\": \"uniqueness\", \"settings\": {\"angle_tol\": 120}}", "\"example.formulas\""), tmp.resolve("a")));
        assertTrue(range.getMessage().contains("angle_tol") && range.getMessage().contains("[0, 90]"),
                range.getMessage());
        SettingsException type = assertThrows(SettingsException.class, () -> run(recipe(
                "{\"id\": \"uniqueness\", \"settings\": {\"stol\": \"wide\"}}", "\"example.formulas\""), tmp.resolve("a")));
        assertTrue(type.getMessage().contains("not a number"), type.getMessage());
        assertEquals(List.of(), names(tmp), "nothing was written");
    }

    @Test
    void aMissingGeneratorNamesWhatIsInstalled() throws IOException {
        Recipe recipe = recipe("\"uniqueness\"", "\"example.formulas\"").withComponents(
                org.matdesign.engine.recipe.ComponentSettings.enabled("meidnet"), null, null, null);
        RecipeException e = assertThrows(RecipeException.class, () -> run(recipe, tmp.resolve("a")));
        assertTrue(e.getMessage().contains("no generator 'meidnet' is installed")
                && e.getMessage().contains("example.rocksalt"), e.getMessage());
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void runsAsAJobAndCancellationLeavesNothing() throws InterruptedException, IOException {
        CampaignJob job = new CampaignJob(registry, new CampaignRequest(recipe("\"uniqueness\"", "\"example.formulas\""),
                tmp.resolve("job"), false, null, List.of(), null));
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        assertEquals(12, job.outcome().results().candidates().size());

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Campaign campaign = new Campaign(registry, new CampaignRequest(recipe("\"uniqueness\"", "\"example.formulas\""),
                tmp.resolve("cancelled"), false, null, List.of(), null));
        assertThrows(OperationCanceledException.class, () -> campaign.execute(cancelled));
        assertEquals(List.of("job"), names(tmp));
    }

    @Test
    void aListenerHearsEachStageOfEachTargetAndOneThatThrowsDoesNotStopTheCampaign() {
        List<String> heard = new ArrayList<>();
        CampaignListener listener = new CampaignListener() {
            @Override
            public void stageDone(int target, String stage, List<org.matdesign.api.Candidate> candidates) {
                heard.add(target + ":" + stage + ":" + candidates.size() + ":"
                        + candidates.get(0).id().substring(0, 3));
                if (heard.size() == 1) {
                    throw new IllegalStateException("listener fault");
                }
            }
        };
        CampaignOutcome o = new Campaign(registry, new CampaignRequest(recipe("\"uniqueness\"", "\"example.formulas\""),
                tmp.resolve("heard"), false, null, List.of(), null), listener).execute(new NullProgressMonitor());
        // uniqueness judges all targets at once, after the per-target stages
        List<String> perTarget = List.of("example.rocksalt", "structural_validity", "charge_neutrality",
                "example.density");
        List<String> expected = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (String stage : perTarget) {
                expected.add(t + ":" + stage + ":6:t" + (t + 1) + "-");
            }
        }
        assertEquals(expected, heard);
        assertTrue(o.results().problems().stream().anyMatch(p -> p.contains("listener fault")),
                o.results().problems().toString());
        assertEquals(12, o.results().candidates().size());
    }

    @Test
    void contributionsThatHangOrThrowAnErrorAreStoppedReportedAndTheRunGoesOn() {
        Recipe recipe = recipe("\"uniqueness\", \"faulty.sleeping\", \"faulty.error\"", "\"example.formulas\"");
        long start = System.nanoTime();
        CampaignOutcome o = new Campaign(registry, new CampaignRequest(recipe.withTimeLimits(new TimeLimits(5, 5, 1, 5)),
                tmp.resolve("bounded"), false, null, List.of(), null)).execute(new NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(12, o.results().candidates().size(), "the run went on");
        List<String> problems = o.results().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("validator 'faulty.sleeping' did not finish within 1 s"
                + " while validating 6 candidates")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("validator 'faulty.error' failed")
                && p.contains("threw an Error on purpose")), problems.toString());
        assertTrue(o.results().candidates().stream().noneMatch(c -> c.candidate().verdicts().containsKey(
                "faulty.sleeping")), "the stopped validator's output was dropped");
        assertTrue(seconds < 30, "two targets with a 1 s limit each took " + seconds + " s");
    }

    @Test
    void aGeneratorThatNeverReturnsEndsTheTargetWithAClearError() {
        Recipe base = recipe("\"uniqueness\"", "\"example.formulas\"");
        Recipe recipe = base.withComponents(org.matdesign.engine.recipe.ComponentSettings.enabled("faulty.hanging"),
                base.optimizer(), base.validators(), base.visualizers());
        CampaignException e = assertThrows(CampaignException.class, () -> new Campaign(registry,
                new CampaignRequest(recipe.withTimeLimits(new TimeLimits(1, 1, 1, 1)), tmp.resolve("hanging"), false,
                        null, List.of(), null)).execute(new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("generator 'faulty.hanging' did not finish within 1 s"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("hanging")), "nothing was written");
    }
}
