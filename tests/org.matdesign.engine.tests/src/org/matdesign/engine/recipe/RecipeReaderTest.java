package org.matdesign.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.engine.TimeLimits;

class RecipeReaderTest {

    private static final PropertyCatalogue CAT = PropertyCatalogue.defaults();

    private static final String MINIMAL = """
            {"targets": [{"properties": {"band_gap": 1.2, "formation_energy": -0.025}, "count": 3}]}
            """;

    /** The example recipe shipped at the repository top level (found by walking up from the working directory). */
    static Path exampleRecipe() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples/recipes/paper-perov5-campaign.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    @Test
    void theShippedPaperCampaignIsTheOneOfThePaper() {
        Path file = exampleRecipe();
        assertNotNull(file, "examples/recipes/paper-perov5-campaign.json not found above the working directory");
        Recipe r = RecipeReader.read(file, CAT);
        assertEquals(4, r.targets().size());
        List<Double> gaps = r.targets().stream().map(t -> t.targets().value("band_gap").getAsDouble()).toList();
        assertEquals(List.of(0.8, 1.0, 1.2, 1.5), gaps);
        for (CampaignTarget t : r.targets()) {
            assertEquals(-0.025, t.targets().value("formation_energy").getAsDouble(), 1e-12);
            assertEquals(35, t.count());
        }
        assertEquals(16, r.startsPerCandidate());
        assertEquals(140, r.totalCandidates());
        assertTrue(r.usesDefaultModel());
        List<String> funnel = new ArrayList<>(Recipe.DEFAULT_VALIDATORS);
        funnel.add("meidnet.manifold"); // the default funnel, and how far each design lies from the training crystals
        assertEquals(funnel, r.validators().stream().map(ComponentSettings::id).toList());
        assertEquals(0.1, r.validator("stability_estimate").orElseThrow().settings().get("e_above_hull_max"));
        assertEquals(Recipe.DEFAULT_SUN_RULE, r.sunRule());
    }

    @Test
    void minimalRecipeGetsDefaults() {
        Recipe r = RecipeReader.parse(MINIMAL, "mini.json", CAT);
        assertEquals("default", r.model());
        assertEquals(16, r.startsPerCandidate());
        assertEquals(0L, r.seed());
        assertEquals(Recipe.DEFAULT_VALIDATORS.size(), r.validators().size());
        assertEquals(List.of("band_gap", "formation_energy"), r.propertyNames());
        assertEquals(Recipe.DEFAULT_OPTIMIZER, r.optimizer().id());
    }

    @Test
    void roundTripThroughJson() {
        Path file = exampleRecipe();
        Recipe r = RecipeReader.read(file, CAT);
        Recipe again = RecipeReader.parse(RecipeJson.toJsonString(r), "again", CAT);
        assertEquals(r, again);
    }

    @Test
    void errorsNameTheFileAndTheEntry() {
        assertError("{\"targets\": [{\"properties\": {\"band_gap\": 1.2}, \"count\": 0}]}", "targets[0].count");
        assertError("{\"targets\": [{\"properties\": {\"band_gap\": 1.2}}]}", "targets[0].count is missing");
        assertError("{\"targets\": [{\"properties\": {\"band_gap\": -1}, \"count\": 2}]}", "physically impossible");
        assertError("{\"targets\": [{\"properties\": {\"bandgap\": 1}, \"count\": 2}]}", "unknown property 'bandgap'");
        assertError("{\"targets\": [{\"properties\": {\"band_gap\": NaN}, \"count\": 2}]}", "finite");
        assertError("{\"targets\": [{\"properties\": {\"band_gap\": \"1.2\"}, \"count\": 2}]}", "must be a number");
        assertError("{\"targets\": [{\"properties\": {}, \"count\": 2}]}", "no target given");
        assertError("{\"targets\": []}", "non-empty array");
        assertError("{}", "missing required key 'targets'");
        assertError("{\"target\": []}", "unknown key 'target'");
        assertError("[1]", "top level must be a JSON object");
        assertError("{\"targets\": [", "not valid JSON");
        assertError(MINIMAL.replace("{\"targets\"", "{\"starts_per_candidate\": 0, \"targets\""), "starts_per_candidate");
        assertError(MINIMAL.replace("{\"targets\"", "{\"seed\": 1.5, \"targets\""), "seed must be an integer");
        assertError(MINIMAL.replace("{\"targets\"", "{\"validators\": [\"novelty\", \"novelty\"], \"targets\""),
                "listed twice");
        assertError(MINIMAL.replace("{\"targets\"", "{\"validators\": [{\"id\": \"novelty\", \"setings\": {}}], \"targets\""),
                "unknown key 'validators[0].setings'");
        assertError(MINIMAL.replace("{\"targets\"", "{\"validators\": [{\"id\": \"x\", \"settings\": {\"a\": [1]}}], \"targets\""),
                "validators[0].settings.a");
    }

    @Test
    void rangesTolerancesElementsVisualizersAndTheSunRuleAreRead() {
        Recipe r = RecipeReader.parse("""
                {"targets": [{"properties": {"band_gap": "1.0..1.5",
                                             "formation_energy": {"value": 0.6, "tolerance": 0.1}}, "count": 2}],
                 "elements": {"allowed": ["Ba", "Ti", "O", "Sr"], "excluded": ["Sr"]},
                 "visualizers": ["outputs.csv", {"id": "example.formulas"}],
                 "sun": ["structural_validity", "novelty"]}
                """.replace("\"Sr\"]}", "\"Pb\"]}"), "r.json", CAT);
        TargetSpec gap = r.targets().get(0).targets().targets().get(0);
        assertEquals(1.0, gap.low());
        assertEquals(1.5, gap.high());
        TargetSpec ef = r.targets().get(0).targets().targets().get(1);
        assertEquals(0.1, ef.tolerance());
        assertEquals(java.util.Set.of("Ba", "Ti", "O", "Sr"), r.allowedElements());
        assertEquals(java.util.Set.of("Pb"), r.excludedElements());
        assertEquals(List.of("outputs.csv", "example.formulas"),
                r.visualizers().stream().map(ComponentSettings::id).toList());
        assertEquals(List.of("structural_validity", "novelty"), r.sunRule());
        assertEquals(r, RecipeReader.parse(RecipeJson.toJsonString(r), "again", CAT));
        assertError("{\"targets\": [{\"properties\": {\"band_gap\": {\"min\": 1}}, \"count\": 2}]}", "both");
        assertError("{\"elements\": {\"allowed\": [\"Xx\"]}, " + MINIMAL.substring(1), "'Xx' is not an element");
        assertError("{\"elements\": {\"allowed\": [\"O\"], \"excluded\": [\"O\"]}, " + MINIMAL.substring(1),
                "both allowed and excluded");
    }

    @Test
    void timeLimitsAreReadPerRoleOverTheDefaults() {
        Recipe r = RecipeReader.parse(MINIMAL.replace("{\"targets\"",
                "{\"time_limits\": {\"validator\": 60, \"visualizer\": 5.5}, \"targets\""), "t.json", CAT);
        assertEquals(new TimeLimits(TimeLimits.DEFAULT.generatorSeconds(), TimeLimits.DEFAULT.optimizerSeconds(), 60,
                5.5), r.timeLimits());
        assertEquals(r, RecipeReader.parse(RecipeJson.toJsonString(r), "again", CAT));
        assertEquals(TimeLimits.DEFAULT, RecipeReader.parse(MINIMAL, "m", CAT).timeLimits());
        assertError(MINIMAL.replace("{\"targets\"", "{\"time_limits\": {\"painter\": 5}, \"targets\""),
                "unknown key 'time_limits.painter'");
        assertError(MINIMAL.replace("{\"targets\"", "{\"time_limits\": {\"validator\": 0}, \"targets\""),
                "time_limits.validator must be positive seconds");
        assertError(MINIMAL.replace("{\"targets\"", "{\"time_limits\": 5, \"targets\""),
                "time_limits must be an object");
    }

    @Test
    void anOutputDirThatLeavesTheWorkingFolderIsRefused() {
        assertEquals("runs/a", RecipeReader.parse(MINIMAL.replace("{\"targets\"",
                "{\"output_dir\": \"runs/a\", \"targets\""), "o.json", CAT).outputDir());
        assertEquals("runs/../b", RecipeReader.parse(MINIMAL.replace("{\"targets\"",
                "{\"output_dir\": \"runs/../b\", \"targets\""), "o.json", CAT).outputDir(), "stays inside");
        for (String escape : List.of("../elsewhere", "runs/../../elsewhere", "/tmp/elsewhere", "..")) {
            assertError(MINIMAL.replace("{\"targets\"", "{\"output_dir\": \"" + escape + "\", \"targets\""),
                    "output_dir '" + escape + "' leaves the folder the recipe is run from");
        }
    }

    @Test
    void disabledValidatorsAreKeptButNotEnabled() {
        Recipe r = RecipeReader.parse(MINIMAL.replace("{\"targets\"",
                "{\"validators\": [{\"id\": \"novelty\", \"enabled\": false}, \"uniqueness\"], \"targets\""), "m", CAT);
        assertEquals(2, r.validators().size());
        assertEquals(List.of("uniqueness"), r.enabledValidators().stream().map(ComponentSettings::id).toList());
        assertFalse(r.validator("novelty").orElseThrow().enabled());
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeReader.read(dir.resolve("nope.json"), CAT));
        assertTrue(e.getMessage().contains("nope.json") && e.getMessage().contains("not found"), e.getMessage());
    }

    private static void assertError(String json, String expected) {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeReader.parse(json, "bad.json", CAT));
        assertTrue(e.getMessage().startsWith("recipe bad.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
