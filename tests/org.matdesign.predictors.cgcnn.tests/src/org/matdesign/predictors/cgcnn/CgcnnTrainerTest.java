package org.matdesign.predictors.cgcnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifWriter;
import org.matdesign.ml.DjlRuntime;

import com.google.gson.JsonObject;

/** The trainer on tiny synthetic datasets with MP-20's and Carbon-24's columns: what it writes and records. */
class CgcnnTrainerTest {

    @BeforeAll
    static void runtime() {
        DjlRuntime.start(1);
    }

    /** A simple cubic cell of one element, or a CsCl-type cell of two. */
    static Structure cell(String a, String b, double edge) {
        return Structure.of(Lattice.fromParameters(edge, edge, edge, 90, 90, 90), List.of(Species.of(a), Species.of(b)),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}));
    }

    /** A CSV in CDVAE's layout: index, material_id, cif and the given numeric columns, filled by {@code value}. */
    static void write(Path csv, List<String> columns, int rows, boolean carbon) throws IOException {
        StringBuilder b = new StringBuilder(",material_id,cif," + String.join(",", columns) + "\n");
        for (int i = 0; i < rows; i++) {
            double edge = 2.6 + 0.02 * i;
            Structure s = carbon ? cell("C", "C", edge) : cell(i % 2 == 0 ? "Na" : "K", "Cl", edge + 0.8);
            b.append(i).append(",x-").append(i).append(",\"").append(CifWriter.write(s)).append('"');
            for (int k = 0; k < columns.size(); k++) {
                b.append(',').append(String.format(Locale.ROOT, "%.4f", (k + 1) * (edge - 3) + (i % 2) * 0.3));
            }
            b.append('\n');
        }
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
    }

    static Path train(Path data, String dataset, Path out) throws IOException {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CgcnnTrainer.train(new CgcnnTrainer.Options(data, dataset, out, 2, 2, 7, 16, 2e-3f), log, () -> false);
    }

    @Test
    void mp20ColumnsGiveFormationEnergyAndBandGapWithHeldOutFigures(@TempDir Path tmp) throws Exception {
        write(tmp.resolve("data/mp_20/rows.csv"), List.of("formation_energy_per_atom", "band_gap"), 60, false);
        Path out = train(tmp.resolve("data"), "mp_20", tmp.resolve("model"));
        try (CgcnnPredictor p = new CgcnnPredictor(out)) {
            assertEquals(List.of("formation_energy", "band_gap"), p.properties());
            assertEquals("eV", p.unit("band_gap"));
            Map<String, String> facts = p.facts();
            assertEquals("mp_20", facts.get(PropertyPredictor.TRAINING_DATASET));
            for (String key : List.of("heldout.mae.formation_energy", "heldout.r2.formation_energy",
                    "heldout.count.formation_energy", "heldout.mae.band_gap", "heldout.mae_gapped.band_gap",
                    "training.train_rows", "training.test_rows", "training.test_gapped", "training.epochs")) {
                assertTrue(facts.containsKey(key), key + " in " + facts);
            }
            assertEquals(facts.get("training.test_rows"), facts.get("heldout.count.band_gap"),
                    "figures are over the whole test split");
            PropertyPrediction v = p.predict(List.of(cell("Na", "Cl", 3.5)), null).get(0);
            assertNotNull(v);
            assertTrue(Double.isFinite(v.value("band_gap")) && v.uncertainty("band_gap") >= 0);
        }
    }

    @Test
    void carbon24ColumnGivesEnergyPerAtomAndNoGappedFigure(@TempDir Path tmp) throws Exception {
        write(tmp.resolve("data/carbon_24/val.csv"), List.of("energy_per_atom"), 60, true);
        Path out = train(tmp.resolve("data"), "carbon_24", tmp.resolve("model"));
        try (CgcnnModel m = CgcnnModel.load(out)) {
            assertEquals(List.of("energy_per_atom"), m.properties());
            assertEquals("eV/atom", m.unit("energy_per_atom"));
            JsonObject meta = m.metadata();
            assertTrue(meta.getAsJsonObject("heldout").has("r2.energy_per_atom"), meta.toString());
            assertFalse(meta.getAsJsonObject("heldout").has("mae_gapped.band_gap"), "no band gap in carbon_24");
            assertFalse(meta.getAsJsonObject("training").has("test_gapped"));
            assertTrue(meta.getAsJsonObject("training").get("rebuild").getAsString().contains("--dataset carbon_24"));
        }
    }

    @Test
    void aDatasetWithoutTheColumnIsRefusedNamingIt(@TempDir Path tmp) throws Exception {
        write(tmp.resolve("data/mp_20/rows.csv"), List.of("formation_energy_per_atom"), 20, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> train(tmp.resolve("data"), "mp_20", tmp.resolve("model")));
        assertTrue(e.getMessage().contains("band_gap"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> train(tmp.resolve("data"), "mp_21", tmp.resolve("model")));
        assertTrue(unknown.getMessage().contains("unknown dataset 'mp_21'"), unknown.getMessage());
    }
}
