package org.matdesign.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.io.StructureParseException;

class CdvaeDatasetTest {

    private static Path data() {
        Path data = DataLocation.find().orElse(null);
        Assumptions.assumeTrue(data != null, "shared data folder not found");
        return data;
    }

    @Test
    void perovColumnsAreTyped() {
        Path csv = data().resolve("perov_5/val.csv");
        assertEquals(CdvaeDataset.Kind.PEROV_5, CdvaeDataset.kindOf(csv));
        try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
            DatasetRow first = rows.findFirst().orElseThrow();
            assertEquals("18517", first.id());
            assertEquals(List.of("heat_all", "heat_ref", "dir_gap", "ind_gap"), List.copyOf(first.properties().keySet()));
            assertEquals(2.76, first.property("heat_all"), 1e-12);
            assertEquals(0.0, first.property("dir_gap"), 0);
            assertEquals("CuCdN3", first.text().get("formula"));
            assertEquals(5, first.structure().size());
            assertThrows(IllegalArgumentException.class, () -> first.property("band_gap"));
        }
        try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
            assertEquals(3787, rows.count());
        }
    }

    @Test
    void mp20AndCarbonColumns() {
        Path mp = data().resolve("mp_20/sample_rows_from_fork.csv");
        assertEquals(CdvaeDataset.Kind.MP_20, CdvaeDataset.kindOf(mp));
        try (Stream<DatasetRow> rows = CdvaeDataset.stream(mp)) {
            DatasetRow r = rows.findFirst().orElseThrow();
            assertEquals("mp-15827", r.id());
            assertEquals(12.0, r.property("spacegroup.number"), 0);
            assertEquals(-0.6964723999999997, r.property("formation_energy_per_atom"), 0);
            assertEquals("Ho2Ge2Os", r.text().get("pretty_formula"));
            assertEquals("['Ge', 'Ho', 'Os']", r.text().get("elements"));
        }
        Path carbon = data().resolve("carbon_24/val.csv");
        assertEquals(CdvaeDataset.Kind.CARBON_24, CdvaeDataset.kindOf(carbon));
        try (Stream<DatasetRow> rows = CdvaeDataset.stream(carbon)) {
            DatasetRow r = rows.findFirst().orElseThrow();
            assertEquals(-154.223695, r.property("energy_per_atom"), 1e-12);
            assertEquals("C8", r.structure().composition().formula());
        }
    }

    @Test
    void brokenCsvsAreExplained(@TempDir Path dir) throws Exception {
        Path noHeader = dir.resolve("empty.csv");
        Files.writeString(noHeader, "");
        assertTrue(assertThrows(StructureParseException.class, () -> CdvaeDataset.stream(noHeader)).getMessage()
                .contains("empty"));
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "a,b\n1,2\n");
        assertTrue(assertThrows(StructureParseException.class, () -> CdvaeDataset.stream(wrong)).getMessage()
                .contains("material_id"));
        Path badCif = dir.resolve("bad.csv");
        Files.writeString(badCif, ",material_id,cif,energy_per_atom\n0,ok,\"data_x\n_cell_length_a 3\n\",1.0\n");
        StructureParseException e = assertThrows(StructureParseException.class, () -> {
            try (Stream<DatasetRow> rows = CdvaeDataset.stream(badCif)) {
                rows.forEach(r -> { });
            }
        });
        assertTrue(e.getMessage().contains("bad.csv:2") && e.getMessage().contains("material_id ok"), e.getMessage());
        Path truncated = dir.resolve("truncated.csv");
        Files.writeString(truncated, ",material_id,cif,energy_per_atom\n0,x,\"data_x\n_cell_length_a 3\n");
        assertTrue(assertThrows(StructureParseException.class, () -> {
            try (Stream<DatasetRow> rows = CdvaeDataset.stream(truncated)) {
                rows.forEach(r -> { });
            }
        }).getMessage().contains("never closed"));
    }

    @Test
    void undecodableBytesHugeRecordsAndInfinitiesAreParseErrors(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {',', 'm', (byte) 0xff, (byte) 0xfe, '\n'});
        assertProblem(binary, "binary.csv:1: not UTF-8 text");
        Path commas = dir.resolve("commas.csv");
        Files.writeString(commas, ",".repeat(5_000) + "\n");
        assertProblem(commas, "more than " + CsvRecords.MAX_FIELDS + " fields");
        Path infinite = dir.resolve("infinite.csv");
        Files.writeString(infinite, ",material_id,cif,energy_per_atom\n0,x,\"" + CIF + "\",1e400\n");
        assertProblem(infinite, "column energy_per_atom should be a finite number, got '1e400'");
    }

    private static final String CIF = """
            data_C
            _cell_length_a 3
            _cell_length_b 3
            _cell_length_c 3
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            loop_
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            C 0 0 0
            """;

    private static void assertProblem(Path csv, String fragment) {
        StructureParseException e = assertThrows(StructureParseException.class, () -> {
            try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
                rows.forEach(r -> { });
            }
        });
        assertTrue(e.getMessage().startsWith(csv.toString()) && e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void splitIsSeededIdDisjointAndStable() {
        Path perov = data().resolve("perov_5");
        DatasetSplit split = DatasetSplit.of(perov, 42);
        int total = split.train().size() + split.validation().size() + split.test().size();
        assertEquals(7572, total, "val.csv + test.csv rows, de-duplicated");
        assertEquals(0.8, split.train().size() / (double) total, 0.02);
        assertEquals(0.1, split.validation().size() / (double) total, 0.015);
        Set<String> seen = new HashSet<>();
        for (DatasetSplit.Part p : DatasetSplit.Part.values()) {
            for (String id : split.ids(p)) {
                assertTrue(seen.add(id), "id " + id + " in two parts");
                assertEquals(p, DatasetSplit.assign(id, 42));
            }
        }
        DatasetSplit again = DatasetSplit.of(perov, 42);
        assertEquals(split.ids(DatasetSplit.Part.TEST), again.ids(DatasetSplit.Part.TEST));
        // the same rows offered in another order split identically
        List<DatasetRow> reversed = new java.util.ArrayList<>(split.test());
        reversed.addAll(split.train());
        reversed.addAll(split.validation());
        java.util.Collections.reverse(reversed);
        assertEquals(split.ids(DatasetSplit.Part.VALIDATION), DatasetSplit.of(reversed, 42).ids(DatasetSplit.Part.VALIDATION));
        assertNotEquals(split.ids(DatasetSplit.Part.TEST), DatasetSplit.of(perov, 7).ids(DatasetSplit.Part.TEST));
    }

    @Test
    void hashIsPinned() {
        // later issues reuse the split: these values must not change between releases
        assertEquals(3101751491204386097L, DatasetSplit.hash("mp-15827", 0));
        assertEquals(8422198245844742033L, DatasetSplit.hash("18517", 42));
        assertEquals(DatasetSplit.Part.TRAIN, DatasetSplit.assign("18517", 42));
    }

    @Test
    void perovSplitSizesArePinned() {
        DatasetSplit split = DatasetSplit.of(data().resolve("perov_5"), 42);
        assertEquals(List.of(6015, 796, 761), List.of(split.train().size(), split.validation().size(), split.test().size()));
        assertEquals("10002", split.test().get(0).id());
    }

    @Test
    void dataLocationOverride(@TempDir Path dir) {
        assertEquals(dir.toAbsolutePath().normalize(), DataLocation.resolve(dir));
        assertThrows(IllegalArgumentException.class, () -> DataLocation.resolve(dir.resolve("missing")));
        String old = System.getProperty(DataLocation.PROPERTY);
        try {
            System.setProperty(DataLocation.PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath().normalize(), DataLocation.resolve(null));
        } finally {
            if (old == null) {
                System.clearProperty(DataLocation.PROPERTY);
            } else {
                System.setProperty(DataLocation.PROPERTY, old);
            }
        }
    }
}
