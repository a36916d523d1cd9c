package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.Settings;
import org.matdesign.core.Structure;
import org.matdesign.core.io.PymatgenJson;
import org.matdesign.outputs.JsonVisualizer;

class JsonVisualizerTest {

    @TempDir
    Path tmp;

    private JsonObject written() throws Exception {
        new JsonVisualizer().write(Fixtures.results(), Settings.none(), new TempOutputFiles(tmp),
                new NullProgressMonitor());
        return JsonParser.parseString(Files.readString(tmp.resolve(JsonVisualizer.FILE))).getAsJsonObject();
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    @Test
    void campaignLevelFields() throws Exception {
        JsonObject o = written();
        assertEquals("fixture <&> campaign", o.get("name").getAsString());
        List<String> stageIds = new ArrayList<>();
        o.getAsJsonArray("stages").forEach(s -> stageIds.add(s.getAsJsonObject().get("id").getAsString()));
        assertEquals(List.of("structural_validity", "independent_property", Fixtures.THIRD_PARTY), stageIds);
        assertEquals(List.of("structural_validity", Fixtures.THIRD_PARTY),
                o.getAsJsonArray("sun_rule").asList().stream().map(JsonElement::getAsString).toList());
        assertEquals(3, o.getAsJsonArray("candidates").size());
    }

    @Test
    void structureIsPymatgenAsDict() throws Exception {
        JsonObject s = written().getAsJsonArray("candidates").get(0).getAsJsonObject().getAsJsonObject("structure");
        assertEquals(List.of("@module", "@class", "charge", "lattice", "properties", "sites"), keys(s));
        assertEquals("pymatgen.core.structure", s.get("@module").getAsString());
        assertEquals("Structure", s.get("@class").getAsString());
        assertEquals(List.of("matrix", "pbc", "a", "b", "c", "alpha", "beta", "gamma", "volume"),
                keys(s.getAsJsonObject("lattice")));
        JsonArray sites = s.getAsJsonArray("sites");
        assertEquals(5, sites.size());
        JsonObject site = sites.get(0).getAsJsonObject();
        assertEquals(List.of("species", "abc", "xyz", "label", "properties"), keys(site));
        JsonObject species = site.getAsJsonArray("species").get(0).getAsJsonObject();
        assertEquals("Sr", species.get("element").getAsString());
        assertEquals(1.0, species.get("occu").getAsDouble());
        Structure back = PymatgenJson.readString(s.toString(), "structure of t1-c001");
        assertEquals("SrTiO3", back.composition().reducedFormula());
        assertEquals(3.905, back.lattice().a(), 1e-12);
    }

    @Test
    void verdictsIncludeTheThirdPartyValidatorAndNaNIsNull() throws Exception {
        JsonArray candidates = written().getAsJsonArray("candidates");
        JsonObject first = candidates.get(0).getAsJsonObject();
        assertEquals(1, first.get("rank").getAsInt());
        assertEquals("t1-c001", first.get("id").getAsString());
        assertEquals(0, first.get("target").getAsInt());
        assertEquals("band_gap=1.2 formation_energy=-0.5", first.get("target_label").getAsString());
        assertEquals(1.25, first.getAsJsonObject("predicted").get("band_gap").getAsDouble());
        assertEquals(0.0125, first.get("objective").getAsDouble());
        JsonObject verdicts = first.getAsJsonObject("verdicts");
        assertEquals(List.of("structural_validity", "independent_property", Fixtures.THIRD_PARTY), keys(verdicts));
        JsonObject density = verdicts.getAsJsonObject(Fixtures.THIRD_PARTY);
        assertTrue(density.get("passed").getAsBoolean());
        assertEquals(5.1, density.get("value").getAsDouble());
        assertEquals(Fixtures.AWKWARD_DETAIL, density.get("detail").getAsString());
        assertEquals(List.of("passed", "value", "detail", "properties"), keys(density));
        assertEquals(-0.45, verdicts.getAsJsonObject("independent_property").getAsJsonObject("properties")
                .get("formation_energy").getAsDouble());
        assertTrue(first.get("sun").getAsBoolean());

        JsonObject second = candidates.get(1).getAsJsonObject();
        assertEquals(1, second.get("target").getAsInt());
        assertTrue(second.getAsJsonObject("predicted").get("formation_energy").isJsonNull(), "NaN is null");
        assertTrue(second.get("objective").isJsonNull());
        assertTrue(second.getAsJsonObject("verdicts").getAsJsonObject("independent_property").get("value")
                .isJsonNull());
        assertFalse(second.getAsJsonObject("verdicts").has(Fixtures.THIRD_PARTY), "no verdict, no entry");
        assertFalse(second.get("sun").getAsBoolean());
    }

    @Test
    void textHasNoNaNLiterals() throws Exception {
        written();
        String text = Files.readString(tmp.resolve(JsonVisualizer.FILE));
        assertFalse(text.contains("NaN"), "JSON has no NaN; unknown numbers are null");
    }
}
