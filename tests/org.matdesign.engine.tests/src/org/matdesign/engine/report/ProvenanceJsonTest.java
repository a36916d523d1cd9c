package org.matdesign.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.TargetSet;

class ProvenanceJsonTest {

    @Test
    void carriesCommandSeedChecksumsVersionsAndRecipe() {
        Recipe recipe = Recipe.single(TargetSet.parse(List.of("band_gap=1.2"), PropertyCatalogue.defaults()), 5, 4, 7,
                "default", "out");
        Provenance p = new Provenance(List.of("matdesign", "design", "--seed", "7"), recipe, 7, "default", "m-sum",
                "p-sum", "d-sum", "perov_5", Map.of("org.matdesign.engine", "1.0.0.v1"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:02.5Z"),
                List.of(new FunnelStage("decoded", 5, "")), List.of("estimate"), Map.of("threads", 2));
        JsonObject o = JsonParser.parseString(ProvenanceJson.toJsonString(p)).getAsJsonObject();
        assertEquals("design", o.getAsJsonArray("command").get(1).getAsString());
        assertEquals(7, o.get("seed").getAsLong());
        assertEquals("m-sum", o.get("model_checksum").getAsString());
        assertEquals("p-sum", o.get("independent_predictor_checksum").getAsString());
        assertEquals("d-sum", o.get("data_hash").getAsString());
        assertEquals("1.0.0.v1", o.getAsJsonObject("bundle_versions").get("org.matdesign.engine").getAsString());
        assertEquals(2.5, o.get("wall_seconds").getAsDouble(), 1e-9);
        assertEquals(4, o.getAsJsonObject("recipe").get("starts_per_candidate").getAsInt());
        assertEquals(5, o.getAsJsonArray("funnel").get(0).getAsJsonObject().get("count").getAsInt());
        assertEquals(2, o.get("threads").getAsInt());
        assertTrue(o.has("java_version"));
    }
}
