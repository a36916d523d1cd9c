package org.matdesign.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidatesCsvTest {

    private static final List<String> PROPS = List.of("band_gap", "formation_energy");

    @Test
    void headerHasTheColumnsTheIssueAsksFor() {
        List<String> h = CandidatesCsv.header(PROPS);
        for (String col : List.of("formula", "cif", "predicted_band_gap", "independent_band_gap",
                "predicted_formation_energy", "independent_formation_energy", "struct_valid", "comp_valid", "unique",
                "novel", "e_above_hull_estimate", "sun")) {
            assertTrue(h.contains(col), "missing column " + col);
        }
    }

    @Test
    void rowsUseTrueFalseAndEmptyForUnknown() {
        List<CandidateRow> rows = ReportFixtures.rows();
        String csv = CandidatesCsv.toCsv(rows, PROPS);
        String[] lines = csv.split("\n");
        assertEquals(rows.size() + 1, lines.length);
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(header.size(), f.length, "line " + i + ": " + lines[i]);
            for (String col : List.of("struct_valid", "comp_valid", "unique", "novel", "sun")) {
                String v = f[header.indexOf(col)];
                assertTrue(v.equals("true") || v.equals("false"), col + " = '" + v + "' on line " + i);
            }
        }
        String[] fourth = lines[4].split(",", -1); // rows.get(3): no independent values, no hull estimate
        assertEquals("", fourth[header.indexOf("independent_band_gap")]);
        assertEquals("", fourth[header.indexOf("e_above_hull_estimate")]);
        assertEquals("", fourth[header.indexOf("stable_estimate")]);
        String[] first = lines[1].split(",", -1);
        assertEquals("1", first[header.indexOf("rank")]);
        assertEquals("BaTiO3", first[header.indexOf("formula")]);
        assertEquals("c0.cif", first[header.indexOf("cif")]);
        assertEquals("0.8", first[header.indexOf("target_band_gap")]);
        assertEquals("-0.025", first[header.indexOf("target_formation_energy")]);
        assertEquals("0.8", first[header.indexOf("predicted_band_gap")]);
        assertEquals("0.7", first[header.indexOf("independent_band_gap")]);
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuoted() {
        assertEquals("\"a,b\"", CandidatesCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CandidatesCsv.quote("say \"hi\""));
        assertEquals("plain", CandidatesCsv.quote("plain"));
    }

    @Test
    void writeRefusesToReplaceAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("candidates.csv");
        CandidatesCsv.write(ReportFixtures.rows(), PROPS, f);
        assertTrue(Files.readString(f).startsWith("rank,id,target,formula,cif,"));
        assertThrows(FileAlreadyExistsException.class, () -> CandidatesCsv.write(List.of(), PROPS, f));
    }
}
