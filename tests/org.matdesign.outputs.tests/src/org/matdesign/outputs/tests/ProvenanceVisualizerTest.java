package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.DesignResults;
import org.matdesign.api.Settings;
import org.matdesign.outputs.ProvenanceVisualizer;

class ProvenanceVisualizerTest {

    @TempDir
    Path tmp;

    private JsonObject written(DesignResults results) throws Exception {
        new ProvenanceVisualizer().write(results, Settings.none(), new TempOutputFiles(tmp),
                new NullProgressMonitor());
        return JsonParser.parseString(Files.readString(tmp.resolve(ProvenanceVisualizer.FILE))).getAsJsonObject();
    }

    @Test
    void recipeIsAnObjectAndFactsAreKept() throws Exception {
        JsonObject o = written(Fixtures.results());
        assertEquals("matdesign", o.get("tool").getAsString());
        assertEquals(4, o.getAsJsonArray("command").size());
        JsonObject recipe = o.getAsJsonObject("recipe");
        assertEquals("fixture", recipe.get("name").getAsString());
        assertEquals(Fixtures.THIRD_PARTY, recipe.getAsJsonArray("validators").get(0).getAsJsonObject().get("id")
                .getAsString());
        assertFalse(o.has("recipe_text"));
        JsonObject facts = o.getAsJsonObject("facts");
        assertEquals(Fixtures.MODEL_CHECKSUM, facts.get("model_checksum").getAsString());
        assertEquals("1.0.0", facts.get("bundle.org.matdesign.api").getAsString());
        assertEquals("2026-01-01T00:00:00Z", o.get("started_at").getAsString());
        assertEquals(65.0, o.get("wall_seconds").getAsDouble(), 1e-9);
        assertFalse(o.get("java_version").getAsString().isEmpty());
        assertTrue(o.get("available_processors").getAsInt() > 0);
        assertTrue(o.has("os"));
    }

    @Test
    void funnelCoverageProblemsStagesAndSunRule() throws Exception {
        JsonObject o = written(Fixtures.results());
        assertEquals(5, o.getAsJsonArray("funnel").size());
        JsonArray coverage = o.getAsJsonArray("coverage");
        assertEquals(2, coverage.size());
        JsonObject outside = coverage.get(1).getAsJsonObject();
        assertEquals(1, outside.get("target").getAsInt());
        assertEquals(2, outside.get("near").getAsInt());
        assertTrue(outside.get("outside_data").getAsBoolean());
        assertFalse(coverage.get(0).getAsJsonObject().get("outside_data").getAsBoolean());
        assertEquals(1, o.getAsJsonArray("problems").size());
        assertEquals(3, o.getAsJsonArray("stages").size());
        assertEquals(Fixtures.THIRD_PARTY, o.getAsJsonArray("stages").get(2).getAsJsonObject().get("id").getAsString());
        assertEquals(2, o.getAsJsonArray("sun_rule").size());
    }

    @Test
    void recipeThatIsNotJsonIsKeptAsText() throws Exception {
        JsonObject o = written(Fixtures.withRecipe(Fixtures.results(), "name: not json {"));
        assertTrue(o.get("recipe").isJsonNull());
        assertEquals("name: not json {", o.get("recipe_text").getAsString());
    }
}
