package org.matdesign.predictors.cgcnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.TensorFile;
import org.matdesign.ml.TensorFileException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The committed Perov-5 ensemble, copied and broken one way at a time: each break is refused at load, and by the
 * metadata-only check where it lies in the metadata, with a {@link TensorFileException} {@code <file>: <problem>}.
 */
class CgcnnModelFileTest {

    @TempDir
    Path dir;
    Path json;
    Path bin;

    @BeforeEach
    void copy() throws IOException {
        json = dir.resolve("model.json");
        bin = dir.resolve("model.bin");
        for (Path to : List.of(json, bin)) {
            try (InputStream in = CgcnnModel.class.getResourceAsStream(CgcnnModel.resource("perov_5",
                    to.getFileName().toString().substring("model".length())))) {
                Files.copy(in, to);
            }
        }
    }

    private void edit(Consumer<JsonObject> change) throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        change.accept(doc);
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc), StandardCharsets.UTF_8);
    }

    private static JsonObject meta(JsonObject doc) {
        return doc.getAsJsonObject("metadata");
    }

    /** Writes {@code doc} with the placeholder 12345.625 replaced by raw JSON text (NaN, a string, ...). */
    private void writeWith(JsonObject doc, String value) throws IOException {
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc).replace("12345.625", value));
    }

    private String refusedAtLoad(Path file, String problem) {
        TensorFileException ex = assertThrows(TensorFileException.class, () -> CgcnnModel.load(dir).close());
        assertTrue(ex.getMessage().startsWith(file + ": ") || ex.getMessage().startsWith(file + " (member"),
                ex.getMessage());
        assertTrue(ex.getMessage().contains(problem), ex.getMessage());
        assertFalse(ex.getCause() instanceof RuntimeException && !(ex.getCause() instanceof JsonParseException),
                "refused by an explicit check, not the safety net: " + ex.getMessage());
        return ex.getMessage();
    }

    private String refused(String problem) {
        String message = refusedAtLoad(json, problem);
        TensorFileException check = assertThrows(TensorFileException.class, () -> CgcnnModel.checkMetadata(dir));
        assertEquals(message, check.getMessage());
        return message;
    }

    private void loads() throws IOException {
        CgcnnModel.checkMetadata(dir);
        CgcnnModel.load(dir).close();
    }

    @Test
    void theCommittedModelPassesTheChecks() throws IOException {
        loads();
        try (CgcnnModel m = CgcnnModel.load(dir)) {
            assertEquals(3, m.members());
        }
    }

    @Test
    void aTruncatedOrEmptyPayloadIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, Arrays.copyOf(bytes, bytes.length - 100));
        assertTrue(refusedAtLoad(bin, "payload has " + (bytes.length - 100) + " bytes").contains("truncated"));
        Files.write(bin, new byte[0]);
        refusedAtLoad(bin, "payload has 0 bytes, metadata " + json + " says " + bytes.length);
    }

    @Test
    void aTruncatedMetadataFileIsRefused() throws IOException {
        String text = Files.readString(json);
        for (int cut : new int[] {1, text.length() / 4, text.length() / 2, text.length() - 2}) {
            Files.writeString(json, text.substring(0, cut));
            refused("corrupt or truncated JSON");
        }
    }

    @Test
    void theTensorFileAndModelFormatsMustBeTheseOnes() throws IOException {
        edit(d -> d.addProperty("format", "matdesign-tensors-7"));
        refused("format matdesign-tensors-7 is newer than this build reads (matdesign-tensors-1)");
        edit(d -> {
            d.addProperty("format", "matdesign-tensors-1");
            meta(d).addProperty("format", "matdesign-cgcnn-2");
        });
        refused("metadata.format matdesign-cgcnn-2 is newer than this build reads (matdesign-cgcnn-1)");
        edit(d -> meta(d).addProperty("format", "matdesign-meidnet-1"));
        refused("not a matdesign-cgcnn-1 file (metadata.format is \"matdesign-meidnet-1\")");
        edit(d -> meta(d).remove("format"));
        refused("not a matdesign-cgcnn-1 file (metadata.format is missing)");
    }

    @Test
    void aTensorOfTheWrongShapeIsRefusedByTheShapeCheck() throws IOException {
        // same number of values, so the payload and its checksum stay valid: only the shape check can object
        edit(d -> {
            for (var e : d.getAsJsonArray("tensors")) {
                JsonObject t = e.getAsJsonObject();
                if (t.get("name").getAsString().equals("m1/conv0.filter.edge")) {
                    JsonArray shape = new JsonArray();
                    shape.add(48);
                    shape.add(41);
                    t.add("shape", shape);
                }
            }
        });
        String message = refused(" (member m1/): parameter 'conv0.filter.edge' has shape (48, 41), the model's"
                + " configuration expects (41, 48)");
        assertFalse(message.contains("SHA-256"), message);
    }

    @Test
    void aResavedParameterOfAnotherSizeIsRefusedByTheShapeCheck() throws IOException {
        TensorFile file = TensorFile.read(dir, "model");
        List<NamedTensor> tensors = new ArrayList<>();
        for (NamedTensor t : file.tensors().values()) {
            tensors.add(t.name().equals("m2/conv2.norm.beta") ? new NamedTensor(t.name(), new long[] {50},
                    new float[50]) : t);
        }
        TensorFile.write(dir, "model", tensors, file.metadata(), true); // a fresh, matching checksum
        String message = refused("(member m2/): parameter 'conv2.norm.beta' has shape (50), the model's configuration"
                + " expects (48)");
        assertFalse(message.contains("SHA-256"), message);
    }

    @Test
    void theMemberCountMustMatchTheTensors() throws IOException {
        edit(d -> meta(d).addProperty("members", 4));
        refused("metadata.members says 4, but the tensor table holds 3 member(s) [0, 1, 2]");
        edit(d -> meta(d).addProperty("members", 2));
        refused("tensor 'm2/embed' belongs to member 2, but metadata.members says 2");
        edit(d -> meta(d).addProperty("members", 0));
        refused("metadata.members is 0, expected a whole number from 1 to 64");
        edit(d -> meta(d).addProperty("members", 1e308));
        refused("metadata.members is 1.0E308, expected a whole number from 1 to 64");
        edit(d -> {
            meta(d).addProperty("members", 3);
            d.getAsJsonArray("tensors").get(0).getAsJsonObject().addProperty("name", "embed");
        });
        refused("tensor 'embed' belongs to no ensemble member");
    }

    @Test
    void aPropertyListThatDisagreesWithTheOutputHeadIsRefused() throws IOException {
        edit(d -> {
            meta(d).remove("training"); // no dataset to compare the list with: the head must catch it
            meta(d).getAsJsonArray("properties").add("bulk_modulus");
            meta(d).getAsJsonArray("units").add("GPa");
            meta(d).getAsJsonArray("columns").add("k_vrh");
            meta(d).getAsJsonArray("targetMean").add(100);
            meta(d).getAsJsonArray("targetStd").add(10);
        });
        refused("metadata.properties lists 3 properties [band_gap, formation_energy, bulk_modulus], but the output"
                + " head (tensor m0/head.1.b) predicts 2");
    }

    @Test
    void normalisationAndUnitsMustMatchThePropertyCount() throws IOException {
        edit(d -> meta(d).getAsJsonArray("targetMean").remove(1));
        refused("metadata.targetMean has 1 entries, expected 2");
        edit(d -> {
            meta(d).getAsJsonArray("targetMean").add(1.4);
            meta(d).getAsJsonArray("targetStd").add(0.5);
        });
        refused("metadata.targetStd has 3 entries, expected 2");
        edit(d -> {
            meta(d).getAsJsonArray("targetStd").remove(2);
            meta(d).getAsJsonArray("units").remove(0);
        });
        refused("metadata.units has 1 entries, expected 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | metadata.targetStd[1] is 0.0, must be > 0 (normalisation of formation_energy)",
        "-0.7 | metadata.targetStd[1] is -0.7, must be > 0 (normalisation of formation_energy)",
        "NaN | metadata.targetStd[1] is \"NaN\", not a number",
        "Infinity | metadata.targetStd[1] is \"Infinity\", not a number",
        "1e400 | metadata.targetStd[1] is 1e400, not a finite number",
        "\"0.7\" | metadata.targetStd[1] is \"0.7\", not a number"})
    void theTargetSpreadMustBeFiniteAndPositive(String value, String problem) throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        meta(doc).getAsJsonArray("targetStd").set(1, new JsonPrimitive(12345.625));
        writeWith(doc, value);
        refused(problem);
    }

    @Test
    void propertyNamesMustBeNonEmptyDistinctAndTheDatasets() throws IOException {
        edit(d -> meta(d).getAsJsonArray("properties").set(1, new JsonPrimitive("")));
        refused("metadata.properties[1] is empty");
        edit(d -> meta(d).getAsJsonArray("properties").set(1, new JsonPrimitive("band_gap")));
        refused("metadata.properties[1] repeats \"band_gap\" (names must be distinct)");
        edit(d -> meta(d).getAsJsonArray("properties").set(1, new JsonPrimitive("energy_per_atom")));
        refused("metadata.properties are [band_gap, energy_per_atom], but perov_5 provides [band_gap,"
                + " formation_energy]");
        edit(d -> {
            meta(d).getAsJsonArray("properties").set(1, new JsonPrimitive("formation_energy"));
            meta(d).getAsJsonArray("units").set(1, new JsonPrimitive("eV"));
        });
        refused("metadata.units[1] is \"eV\", but perov_5's formation_energy is in eV/atom");
    }

    @Test
    void theTrainingDatasetMustBeKnown() throws IOException {
        edit(d -> meta(d).getAsJsonObject("training").addProperty("dataset", "mp_21"));
        refused("metadata.training.dataset is \"mp_21\", not a known dataset (perov_5, carbon_24, mp_20)");
        edit(d -> meta(d).getAsJsonObject("training").addProperty("dataset", "mp_20"));
        refused("metadata.properties are [band_gap, formation_energy], but mp_20 provides [formation_energy,"
                + " band_gap]");
        edit(d -> meta(d).getAsJsonObject("training").add("dataset", new JsonObject()));
        refused("metadata.training.dataset is {}, not a string");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hidden | -1 | metadata.config.hidden is -1, expected a whole number from 1 to 65536",
        "hidden | 0 | metadata.config.hidden is 0, expected a whole number from 1 to 65536",
        "atomFeatures | 2147483648 | metadata.config.atomFeatures is 2147483648, expected a whole number from 1 to"
                + " 65536",
        "hidden | 96.5 | metadata.config.hidden is 96.5, expected a whole number from 1 to 65536",
        "convolutions | 1e308 | metadata.config.convolutions is 1e308, expected a whole number from 1 to 256",
        "neighbours | 100000 | metadata.config.neighbours is 100000, expected a whole number from 1 to 256",
        "neighbours | \"12\" | metadata.config.neighbours is \"12\", expected a whole number from 1 to 256",
        "cutoff | 1e6 | metadata.config.cutoff is 1000000.0 A, more than 20.0 A",
        "cutoff | NaN | metadata.config.cutoff is \"NaN\", not a number",
        "gaussianStep | 1e-9 | metadata.config.gaussianStep is 1.0E-9: 8.0 A in steps of it needs more than 4096"
                + " Gaussians",
        "gaussianStep | 0 | metadata.config.gaussianStep is 0.0, must be > 0",
        "hidden | null | metadata.config.hidden is missing",
        // in range but not what the tensors hold: refused by the shape plan before anything of that size exists
        "atomFeatures | 65536 | (member m0/): parameter 'embed' has shape (56, 48), the model's configuration"
                + " expects (56, 65536)",
        "hidden | 50000 | (member m0/): parameter 'head.0.w' has shape (48, 96), the model's configuration expects"
                + " (48, 50000)",
        "convolutions | 4 | (member m0/): parameter 'conv3.filter.self' is missing",
        "gaussianStep | 0.1 | (member m0/): parameter 'conv0.filter.edge' has shape (41, 48), the model's"
                + " configuration expects (81, 48)"})
    void configurationSizesMustBeWholePositiveBoundedAndMatchTheTensors(String field, String value, String problem)
            throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        meta(doc).getAsJsonObject("config").addProperty(field, 12345.625);
        writeWith(doc, value);
        long start = System.nanoTime();
        refused(problem);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without building the network it describes");
    }

    @Test
    void theVocabularyMustBeDistinctElementsMatchingTheEmbedding() throws IOException {
        edit(d -> meta(d).getAsJsonArray("vocabulary").set(0, new JsonPrimitive(200)));
        refused("metadata.vocabulary[0] is 200, expected a whole number from 1 to 118");
        edit(d -> meta(d).getAsJsonArray("vocabulary").set(0, new JsonPrimitive(4)));
        refused("metadata.vocabulary[1] repeats atomic number 4");
        edit(d -> {
            meta(d).getAsJsonArray("vocabulary").set(0, new JsonPrimitive(3));
            meta(d).getAsJsonArray("vocabulary").add(1);
        });
        refused("(member m0/): parameter 'embed' has shape (56, 48), the model's configuration expects (57, 48)");
    }

    @Test
    void informationalFieldsOfTheWrongTypeAreLeftOutOfTheFacts() throws Exception {
        edit(d -> {
            meta(d).add("architecture", new JsonArray());
            meta(d).getAsJsonObject("training").add("epochs", new JsonObject());
            meta(d).getAsJsonObject("heldout").add("mae.band_gap", new JsonArray());
        });
        try (CgcnnPredictor p = new CgcnnPredictor(dir)) {
            var facts = p.facts();
            assertFalse(facts.containsKey("architecture"), facts.toString());
            assertFalse(facts.containsKey("training.epochs"), facts.toString());
            assertEquals("perov_5", facts.get("training.dataset"));
        }
    }
}
