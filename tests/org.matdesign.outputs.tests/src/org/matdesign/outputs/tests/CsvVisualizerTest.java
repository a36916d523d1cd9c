package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.Settings;
import org.matdesign.outputs.CsvVisualizer;

class CsvVisualizerTest {

    @TempDir
    Path tmp;

    private List<List<String>> written() throws Exception {
        TempOutputFiles out = new TempOutputFiles(tmp);
        new CsvVisualizer().write(Fixtures.results(), Settings.none(), out, new NullProgressMonitor());
        return CsvParser.parse(Files.readString(tmp.resolve(CsvVisualizer.FILE)));
    }

    /** Column name to value, for one data row. */
    private static Map<String, String> row(List<List<String>> table, int index) {
        List<String> header = table.get(0);
        List<String> values = table.get(index);
        assertEquals(header.size(), values.size(), "row " + index + " has as many fields as the header");
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), values.get(i));
        }
        return m;
    }

    @Test
    void headerHasOneColumnGroupPerStageInStageOrder() throws Exception {
        List<String> header = written().get(0);
        assertEquals(List.of("rank", "id", "target", "formula",
                "target_band_gap", "target_formation_energy",
                "predicted_band_gap", "predicted_formation_energy",
                "independent_property.band_gap", "independent_property.formation_energy",
                "objective",
                "structural_validity.passed", "structural_validity.value", "structural_validity.detail",
                "independent_property.passed", "independent_property.value", "independent_property.detail",
                "example.density.passed", "example.density.value", "example.density.detail",
                "sun"), header);
    }

    @Test
    void rowsAreInRankOrderWithEveryVerdict() throws Exception {
        List<List<String>> table = written();
        assertEquals(4, table.size(), "header and three candidates");
        Map<String, String> first = row(table, 1);
        assertEquals("1", first.get("rank"));
        assertEquals("t1-c001", first.get("id"));
        assertEquals("band_gap=1.2 formation_energy=-0.5", first.get("target"));
        assertEquals("SrTiO3", first.get("formula"));
        assertEquals("1.2", first.get("target_band_gap"));
        assertEquals("-0.5", first.get("target_formation_energy"));
        assertEquals("1.25", first.get("predicted_band_gap"));
        assertEquals("1.1", first.get("independent_property.band_gap"));
        assertEquals("-0.45", first.get("independent_property.formation_energy"));
        assertEquals("0.0125", first.get("objective"));
        assertEquals("true", first.get("structural_validity.passed"));
        assertEquals("1.9525", first.get("structural_validity.value"));
        assertEquals("true", first.get("example.density.passed"));
        assertEquals("5.1", first.get("example.density.value"));
        assertEquals(Fixtures.AWKWARD_DETAIL, first.get("example.density.detail"), "comma and quotes survive");
        assertEquals("true", first.get("sun"));
    }

    @Test
    void rangeTargetGivesTheValueAimedAtAndUnknownsAreEmpty() throws Exception {
        Map<String, String> second = row(written(), 2);
        assertEquals("band_gap=1.0..1.5", second.get("target"));
        assertEquals("1.25", second.get("target_band_gap"), "middle of the range");
        assertEquals("", second.get("target_formation_energy"), "not targeted by this target");
        assertEquals("", second.get("predicted_formation_energy"), "NaN is empty");
        assertEquals("", second.get("objective"));
        assertEquals("false", second.get("independent_property.passed"));
        assertEquals("", second.get("independent_property.value"));
        assertEquals("0.4", second.get("independent_property.band_gap"));
        assertEquals("", second.get("independent_property.formation_energy"));
        for (String k : List.of("passed", "value", "detail")) {
            assertEquals("", second.get("example.density." + k), "no verdict from the third-party validator");
        }
        assertEquals("false", second.get("sun"));
        Map<String, String> third = row(written(), 3);
        assertEquals("false", third.get("structural_validity.passed"));
        assertEquals("atoms too close", third.get("structural_validity.detail"));
        assertEquals("", third.get("independent_property.passed"));
    }

    @Test
    void quotingFollowsRfc4180() throws Exception {
        new CsvVisualizer().write(Fixtures.results(), Settings.none(), new TempOutputFiles(tmp),
                new NullProgressMonitor());
        String text = Files.readString(tmp.resolve(CsvVisualizer.FILE));
        assertTrue(text.contains(",\"density 5.1 g/cm3, in \"\"window\"\"\","), text);
        assertTrue(text.endsWith("\n"));
    }
}
