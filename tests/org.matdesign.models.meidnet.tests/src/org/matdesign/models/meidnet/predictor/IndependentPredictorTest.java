package org.matdesign.models.meidnet.predictor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.Structure;
import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** The committed independent predictor: loading, refusal of broken files, predictions and its training record. */
class IndependentPredictorTest {

    @TempDir
    Path dir;

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = IndependentPredictor.class.getResourceAsStream(IndependentPredictor.DEFAULT_RESOURCE)) {
            assertNotNull(in, IndependentPredictor.DEFAULT_RESOURCE + " missing from the bundle");
            return in.readAllBytes();
        }
    }

    private static JsonObject bundledJson() throws IOException {
        return JsonParser.parseString(new String(bundledBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void loadsTheBundledResourceWithItsChecksum() throws Exception {
        IndependentPredictor p = IndependentPredictor.loadDefault();
        assertEquals(p.checksum(), IndependentPredictor.loadDefault().checksum());
        assertEquals(List.of("band_gap", "formation_energy"), p.propertyNames());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundledBytes()));
        assertEquals(sha, p.checksum());
    }

    @Test
    void loadFromFileMatchesTheBundledPredictor() throws Exception {
        IndependentPredictor bundled = IndependentPredictor.loadDefault();
        Path copy = Files.write(dir.resolve("copy.json"), bundledBytes());
        IndependentPredictor loaded = IndependentPredictor.load(copy);
        assertEquals(bundled.checksum(), loaded.checksum());
        Structure s = PredictorFeaturesTest.cubicBaTiO3();
        assertEquals(bundled.predict(s), loaded.predict(s));
    }

    @Test
    void editedWeightsChangeChecksumAndPredictions() throws Exception {
        JsonObject o = bundledJson();
        JsonObject w = o.getAsJsonObject("weights");
        w.getAsJsonArray("b2").set(1, new JsonPrimitive(w.getAsJsonArray("b2").get(1).getAsDouble() + 1));
        IndependentPredictor edited = IndependentPredictor.load(write("edited.json", o.toString()));
        IndependentPredictor bundled = IndependentPredictor.loadDefault();
        assertNotEquals(bundled.checksum(), edited.checksum());
        Structure s = PredictorFeaturesTest.cubicBaTiO3();
        // standardised output bias +1 moves formation_energy by exactly out_std, band_gap not at all
        double outStd = w.getAsJsonArray("out_std").get(1).getAsDouble();
        assertEquals(bundled.predict(s).get("band_gap"), edited.predict(s).get("band_gap"), 1e-12);
        assertEquals(bundled.predict(s).get("formation_energy") + outStd, edited.predict(s).get("formation_energy"),
                1e-9);
    }

    @Test
    void refusesCorruptOrTamperedFilesWithAClearError() throws Exception {
        String good = new String(bundledBytes(), StandardCharsets.UTF_8);

        Path truncated = write("truncated.json", good.substring(0, good.length() / 2));
        assertRefused(truncated, "corrupt predictor file");

        Path empty = write("empty.json", "");
        assertRefused(empty, "corrupt predictor file");

        JsonObject noWeights = bundledJson();
        noWeights.remove("weights");
        assertRefused(write("noweights.json", noWeights.toString()), "corrupt predictor file");

        JsonObject missingRow = bundledJson();
        missingRow.getAsJsonObject("weights").getAsJsonArray("w1").remove(0);
        assertRefused(write("w1.json", missingRow.toString()), "w1 has 63 rows, expected 64");

        JsonObject threeProperties = bundledJson();
        threeProperties.getAsJsonArray("properties").add("bulk_modulus");
        assertRefused(write("props.json", threeProperties.toString()), "predictor sizes do not match");

        assertThrows(IOException.class, () -> IndependentPredictor.load(dir.resolve("absent.json")));
    }

    private static void assertRefused(Path file, String expected) {
        IOException e = assertThrows(IOException.class, () -> IndependentPredictor.load(file));
        assertTrue(e.getMessage().contains(file.toString()), "message should name the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void trainingRecordIsAnIndependentCopy() throws Exception {
        IndependentPredictor p = IndependentPredictor.loadDefault();
        JsonObject r = p.trainingRecord();
        assertEquals("perov_5", r.get("dataset").getAsString());
        r.getAsJsonObject("test_mae").addProperty("band_gap", 99.0);
        assertEquals(bundledJson().getAsJsonObject("training").getAsJsonObject("test_mae").get("band_gap").getAsDouble(),
                p.trainingRecord().getAsJsonObject("test_mae").get("band_gap").getAsDouble());
    }

    /** Re-measures the held-out error on the test split the record names (DatasetSplit seed 42, dir_gap/heat_all). */
    @Test
    void recordedHeldOutMaeIsReproducedOnTheTestSplit() throws Exception {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve("perov_5")),
                "shared data folder with perov_5 not available");
        IndependentPredictor p = IndependentPredictor.loadDefault();
        JsonObject record = p.trainingRecord();
        List<DatasetRow> test = DatasetSplit.of(data.get().resolve("perov_5"), PredictorTrainer.SPLIT_SEED).test();

        double gap = 0;
        double ef = 0;
        int n = 0;
        for (DatasetRow row : test) {
            double g = row.property("dir_gap");
            double e = row.property("heat_all");
            if (!Double.isFinite(g) || !Double.isFinite(e)) {
                continue;
            }
            Map<String, Double> y = p.predict(row.structure());
            assertTrue(Double.isFinite(y.get("band_gap")) && Double.isFinite(y.get("formation_energy")),
                    row.id() + ": " + y);
            gap += Math.abs(y.get("band_gap") - g);
            ef += Math.abs(y.get("formation_energy") - e);
            n++;
        }
        assertEquals(record.get("test_rows").getAsInt(), n);
        JsonObject mae = record.getAsJsonObject("test_mae");
        // the record rounds to 1e-5
        assertEquals(mae.get("band_gap").getAsDouble(), gap / n, 2e-5);
        assertEquals(mae.get("formation_energy").getAsDouble(), ef / n, 2e-5);
    }

    @Test
    void finitePlausiblePredictionsForARealPerov5Crystal() throws Exception {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve("perov_5")),
                "shared data folder with perov_5 not available");
        // first rows of a CSV, no split needed
        List<DatasetRow> rows;
        try (var stream = CdvaeDataset.stream(data.get().resolve("perov_5").resolve("test.csv"))) {
            rows = stream.limit(3).toList();
        }
        IndependentPredictor p = IndependentPredictor.loadDefault();
        for (DatasetRow row : rows) {
            Map<String, Double> y = p.predict(row.structure());
            assertEquals(List.of("band_gap", "formation_energy"), List.copyOf(y.keySet()));
            double g = y.get("band_gap");
            double e = y.get("formation_energy");
            assertTrue(Double.isFinite(g) && g > -1 && g < 8, row.id() + " band gap " + g);
            assertTrue(Double.isFinite(e) && e > -2 && e < 6, row.id() + " formation energy " + e);
        }
    }
}
