package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matdesign.ml.NamedTensor;
import org.matdesign.ml.TensorFile;
import org.matdesign.ml.TensorFileException;

/**
 * A saved MEIDNet model, copied and broken one way at a time: each break is refused at load, and by the metadata-only
 * check where it lies in the metadata, with a {@link TensorFileException} {@code <file>: <problem>}.
 */
class MeidnetModelFileTest {

    @TempDir
    static Path saved;
    @TempDir
    Path dir;
    Path json;
    Path bin;

    @BeforeAll
    static void save() throws IOException {
        try (MeidnetModel m = MeidnetModel.create(TestCrystals.tinyConfig(FusionMode.EARLY_CL), 5)) {
            m.save(saved, null, false);
        }
    }

    @BeforeEach
    void copy() throws IOException {
        json = dir.resolve("model.json");
        bin = dir.resolve("model.bin");
        Files.copy(saved.resolve("model.json"), json);
        Files.copy(saved.resolve("model.bin"), bin);
    }

    private void edit(Consumer<JsonObject> change) throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        change.accept(doc);
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc), StandardCharsets.UTF_8);
    }

    private static JsonObject config(JsonObject doc) {
        return doc.getAsJsonObject("metadata").getAsJsonObject("config");
    }

    private static JsonObject property(JsonObject doc, int i) {
        return config(doc).getAsJsonArray("properties").get(i).getAsJsonObject();
    }

    /** Load refuses naming {@code file} first and containing {@code problem}; the message is returned. */
    private String refusedAtLoad(Path file, String problem) {
        TensorFileException ex = assertThrows(TensorFileException.class, () -> MeidnetModel.load(dir).close());
        assertTrue(ex.getMessage().startsWith(file + ": "), ex.getMessage());
        assertTrue(ex.getMessage().contains(problem), ex.getMessage());
        assertFalse(ex.getCause() instanceof RuntimeException && !(ex.getCause() instanceof com.google.gson.JsonParseException),
                "refused by an explicit check, not the safety net: " + ex.getMessage());
        return ex.getMessage();
    }

    /** As {@link #refusedAtLoad}, and the metadata-only check refuses with the same message. */
    private String refused(String problem) {
        String message = refusedAtLoad(json, problem);
        TensorFileException check = assertThrows(TensorFileException.class, () -> MeidnetModel.checkMetadata(dir));
        assertEquals(message, check.getMessage());
        return message;
    }

    private void loads() throws IOException {
        MeidnetModel.checkMetadata(dir);
        MeidnetModel.load(dir).close();
    }

    @Test
    void theSavedModelLoadsAndRecordsItsFormat() throws IOException {
        loads();
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(MeidnetModelFile.FORMAT, doc.getAsJsonObject("metadata").get("format").getAsString());
    }

    @Test
    void aTruncatedOrEmptyPayloadIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refusedAtLoad(bin, "payload has " + bytes.length / 2 + " bytes").contains("truncated"));
        Files.write(bin, new byte[0]);
        refusedAtLoad(bin, "payload has 0 bytes, metadata " + json + " says " + bytes.length);
    }

    @Test
    void aTruncatedMetadataFileIsRefused() throws IOException {
        String text = Files.readString(json);
        for (int cut : new int[] {1, text.length() / 3, text.length() / 2, text.length() - 3}) {
            Files.writeString(json, text.substring(0, cut));
            refused("corrupt or truncated JSON");
        }
    }

    @Test
    void theTensorFileFormatMustBeThisOne() throws IOException {
        edit(d -> d.addProperty("format", "matdesign-tensors-2"));
        refused("format matdesign-tensors-2 is newer than this build reads (matdesign-tensors-1)");
        edit(d -> d.remove("format"));
        refused("not a matdesign-tensors-1 file (format is missing)");
        edit(d -> d.addProperty("format", "pytorch"));
        refused("not a matdesign-tensors-1 file (format is \"pytorch\")");
    }

    @Test
    void theModelFormatMustBeThisOneOrAbsent() throws IOException {
        edit(d -> d.getAsJsonObject("metadata").addProperty("format", "matdesign-meidnet-2"));
        refused("metadata.format matdesign-meidnet-2 is newer than this build reads (matdesign-meidnet-1)");
        edit(d -> d.getAsJsonObject("metadata").addProperty("format", "matdesign-cgcnn-1"));
        refused("not a matdesign-meidnet-1 file (metadata.format is \"matdesign-cgcnn-1\")");
        edit(d -> d.getAsJsonObject("metadata").add("format", new JsonPrimitive(1)));
        refused("metadata.format is 1, not a format name");
        edit(d -> d.getAsJsonObject("metadata").remove("format"));
        loads(); // written before the tag existed, like the committed default model
    }

    @Test
    void aTensorOfTheWrongShapeIsRefusedByTheShapeCheck() throws IOException {
        // same number of values, so the payload and its checksum stay valid: only the shape check can object
        edit(d -> {
            JsonObject embed = d.getAsJsonArray("tensors").get(0).getAsJsonObject();
            assertEquals("enc.embed.w", embed.get("name").getAsString());
            JsonArray shape = new JsonArray();
            shape.add(16);
            shape.add(7);
            embed.add("shape", shape);
        });
        String message = refused("parameter 'enc.embed.w' has shape (16, 7), the model's configuration expects (7, 16)");
        assertFalse(message.contains("SHA-256"), message);
    }

    @Test
    void aResavedParameterOfAnotherSizeIsRefusedByTheShapeCheck() throws IOException {
        JsonObject metadata;
        List<NamedTensor> tensors = new ArrayList<>();
        try (MeidnetModel m = MeidnetModel.load(dir)) {
            metadata = TensorFile.read(dir, "model").metadata();
            for (NamedTensor t : m.parameterValues().values()) {
                tensors.add(t.name().equals("dec.adjBias") ? new NamedTensor(t.name(), new long[] {3}, new float[3]) : t);
            }
        }
        TensorFile.write(dir, "model", tensors, metadata, true); // a fresh, matching checksum
        String message = refused("parameter 'dec.adjBias' has shape (3), the model's configuration expects (1)");
        assertFalse(message.contains("SHA-256"), message);
        tensors.add(new NamedTensor("extra", new long[] {1}, new float[1]));
        tensors.replaceAll(t -> t.name().equals("dec.adjBias") ? new NamedTensor(t.name(), new long[] {1}, new float[1])
                : t);
        TensorFile.write(dir, "model", tensors, metadata, true);
        refused("tensor 'extra' is not a parameter of this model");
    }

    @Test
    void aPropertyListThatDisagreesWithThePropertyHeadIsRefused() throws IOException {
        edit(d -> {
            JsonObject third = property(d, 0).deepCopy();
            third.addProperty("name", "bulk_modulus");
            third.addProperty("column", "k_vrh");
            config(d).getAsJsonArray("properties").add(third);
        });
        refused("metadata.config.properties lists 3 properties [band_gap, formation_energy, bulk_modulus], but the"
                + " property head (tensor prop.dec.1.b) predicts 2");
        edit(d -> config(d).add("properties", new JsonArray()));
        refused("metadata.config.properties has 0 entries, expected 1 to 64");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "std | 0 | metadata.config.properties[1].std is 0.0, must be > 0",
        "std | -0.5 | metadata.config.properties[1].std is -0.5, must be > 0",
        "std | NaN | metadata.config.properties[1].std is \"NaN\", not a number",
        "std | Infinity | metadata.config.properties[1].std is \"Infinity\", not a number",
        "std | 1e999 | metadata.config.properties[1].std is 1e999, not a finite number",
        "mean | -Infinity | metadata.config.properties[1].mean is \"-Infinity\", not a number",
        "mean | \"1.2\" | metadata.config.properties[1].mean is \"1.2\", not a number",
        "std | null | metadata.config.properties[1].std is missing"})
    void normalisationStatisticsMustBeFiniteWithAPositiveSpread(String field, String value, String problem)
            throws IOException {
        String text = Files.readString(json);
        JsonObject doc = JsonParser.parseString(text).getAsJsonObject();
        property(doc, 1).addProperty(field, 12345.625);
        // written as text: gson would not write NaN or Infinity itself
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc).replace("12345.625", value));
        refused(problem);
    }

    @Test
    void latticeNormalisationMustHaveAPositiveSpread() throws IOException {
        edit(d -> config(d).getAsJsonObject("latticeNorm").addProperty("angleStd", 0));
        refused("metadata.config.latticeNorm.angleStd is 0.0, must be > 0");
    }

    @Test
    void propertyNamesMustBeNonEmptyAndDistinct() throws IOException {
        edit(d -> property(d, 1).addProperty("name", ""));
        refused("metadata.config.properties[1].name is empty");
        edit(d -> property(d, 1).addProperty("name", "band_gap"));
        refused("metadata.config.properties[1].name is \"band_gap\", the name of an earlier property too");
        edit(d -> {
            property(d, 1).addProperty("name", "formation_energy");
            property(d, 1).addProperty("column", "dir_gap");
        });
        refused("metadata.config.properties[1].column is \"dir_gap\", the column of an earlier property too");
        edit(d -> property(d, 1).remove("name"));
        refused("metadata.config.properties[1].name is missing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hidden | -1 | metadata.config.hidden is -1, expected a whole number from 1 to 65536",
        "hidden | 0 | metadata.config.hidden is 0, expected a whole number from 1 to 65536",
        "latent | 2147483648 | metadata.config.latent is 2147483648, expected a whole number from 1 to 65536",
        "latent | 1e308 | metadata.config.latent is 1e308, expected a whole number from 1 to 65536",
        "hidden | 16.5 | metadata.config.hidden is 16.5, expected a whole number from 1 to 65536",
        "hidden | \"16\" | metadata.config.hidden is \"16\", expected a whole number from 1 to 65536",
        "maxAtoms | 0 | metadata.config.maxAtoms is 0, expected a whole number from 1 to 65536",
        "egnnLayers | 100000 | metadata.config.egnnLayers is 100000, expected a whole number from 1 to 256",
        "rbfCount | NaN | metadata.config.rbfCount is \"NaN\", expected a whole number from 1 to 65536",
        "slotHidden | [] | metadata.config.slotHidden is [], expected a whole number from 1 to 65536",
        "tau | 0 | metadata.config.tau is 0.0, must be > 0",
        "rbfMaxDistance | -8 | metadata.config.rbfMaxDistance is -8.0, must be > 0",
        "adjacencyCutoff | Infinity | metadata.config.adjacencyCutoff is \"Infinity\", not a number",
        "decoderHidden | null | metadata.config.decoderHidden is missing",
        // in range but not what the tensors hold: refused by the shape plan before anything of that size exists
        "hidden | 65536 | parameter 'enc.embed.w' has shape (7, 16), the model's configuration expects (7, 65536)",
        "latent | 40000 | parameter 'head.shared.1.w' has shape (16, 16), the model's configuration expects"
                + " (16, 40000)",
        "egnnLayers | 4 | parameter 'enc.egnn3.edge.wi' is missing",
        "maxAtoms | 9 | parameter 'dec.count.w' has shape (32, 8), the model's configuration expects (32, 9)"})
    void configurationSizesMustBeWholePositiveAndMatchTheTensors(String field, String value, String problem)
            throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        config(doc).addProperty(field, 12345.625);
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc).replace("12345.625", value));
        long start = System.nanoTime();
        refused(problem);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without building the network it describes");
    }

    @Test
    void otherConfigurationFieldsMustBeWhatTheyName() throws IOException {
        edit(d -> config(d).addProperty("fusion", "middle"));
        refused("metadata.config.fusion is \"middle\", expected late, early or early+cl");
        edit(d -> {
            config(d).addProperty("fusion", "early+cl");
            config(d).getAsJsonArray("elements").set(2, new JsonPrimitive("Xx"));
        });
        refused("metadata.config.elements[2] is \"Xx\", not an element symbol");
        edit(d -> config(d).getAsJsonArray("elements").set(2, new JsonPrimitive("O")));
        refused("metadata.config.elements[2] repeats \"O\" (names must be distinct)");
        edit(d -> {
            config(d).getAsJsonArray("elements").set(2, new JsonPrimitive("F"));
            config(d).addProperty("dataset", "../../etc");
        });
        refused("metadata.config.dataset is \"../../etc\", not a dataset folder name");
        edit(d -> {
            config(d).addProperty("dataset", "test");
            config(d).getAsJsonObject("weights").addProperty("coords", -10);
        });
        refused("metadata.config.weights.coords is -10.0, must be >= 0");
        edit(d -> d.getAsJsonObject("metadata").remove("config"));
        refused("no model configuration (metadata.config)");
    }

    @Test
    void theTrainingRecordMustNameAKnownDataset() throws IOException {
        edit(d -> {
            JsonObject training = new JsonObject();
            training.addProperty("dataset", "mp_21");
            d.getAsJsonObject("metadata").add("training", training);
        });
        refused("metadata.training.dataset is \"mp_21\", not a known dataset (perov_5, carbon_24, mp_20)");
        edit(d -> d.getAsJsonObject("metadata").getAsJsonObject("training").addProperty("table", "mp_21.csv"));
        loads(); // a user's table is named after its file
        edit(d -> d.getAsJsonObject("metadata").getAsJsonObject("training").addProperty("dataset", " "));
        refused("metadata.training.dataset is empty");
        edit(d -> d.getAsJsonObject("metadata").getAsJsonObject("training").remove("table"));
        edit(d -> d.getAsJsonObject("metadata").getAsJsonObject("training").add("dataset", new JsonArray()));
        refused("metadata.training.dataset is [], not a string");
        edit(d -> {
            JsonObject training = d.getAsJsonObject("metadata").getAsJsonObject("training");
            training.addProperty("dataset", "perov_5");
            training.addProperty("splitSeed", 4.5);
        });
        refused("metadata.training.splitSeed is 4.5, expected a whole number");
        edit(d -> d.getAsJsonObject("metadata").add("training", new JsonArray()));
        refused("metadata.training is [], not an object");
    }

    @Test
    void theCommittedDefaultModelPassesTheMetadataCheck() throws IOException {
        for (String name : new String[] {"model.json", "model.bin"}) {
            try (InputStream in = MeidnetModel.class.getResourceAsStream(MeidnetModel.DEFAULT_RESOURCE + name)) {
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertFalse(JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonObject("metadata")
                .has("format"), "the committed model predates the format tag");
        ModelConfig config = MeidnetModel.checkMetadata(dir);
        assertEquals(List.of("band_gap", "formation_energy"), config.properties().stream().map(PropertySpec::name)
                .toList());
        try (MeidnetModel m = MeidnetModel.load(dir)) {
            assertEquals(config, m.config());
        }
    }
}
