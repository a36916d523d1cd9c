package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tensor file's own checks: each damaged file is refused naming the file and the problem. */
class TensorFileHeaderTest {

    @TempDir
    Path dir;
    Path json;
    Path bin;

    @BeforeEach
    void write() throws IOException {
        JsonObject meta = new JsonObject();
        meta.addProperty("note", "hello");
        TensorFile.write(dir, "m", List.of(new NamedTensor("a", new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6}),
                new NamedTensor("b", new long[] {2}, new float[] {7, 8})), meta, false);
        json = TensorFile.jsonPath(dir, "m");
        bin = TensorFile.binPath(dir, "m");
    }

    private void edit(Consumer<JsonObject> change) throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        change.accept(doc);
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc), StandardCharsets.UTF_8);
    }

    private JsonObject tensor(JsonObject doc, int i) {
        return doc.getAsJsonArray("tensors").get(i).getAsJsonObject();
    }

    /** Refused by the full read and by the metadata-only read, as {@code <file>: ...} containing {@code problem}. */
    private String refused(Path file, String problem) {
        TensorFileException ex = assertThrows(TensorFileException.class, () -> TensorFile.read(dir, "m"));
        assertTrue(ex.getMessage().startsWith(file + ": "), ex.getMessage());
        assertTrue(ex.getMessage().contains(problem), ex.getMessage());
        assertEquals(1, ex.getMessage().lines().count(), ex.getMessage());
        if (file.equals(json)) {
            TensorFileException header = assertThrows(TensorFileException.class, () -> TensorFile.readHeader(dir, "m"));
            assertEquals(ex.getMessage(), header.getMessage());
        }
        return ex.getMessage();
    }

    @Test
    void anIntactFileReadsWithItsTable() throws IOException {
        TensorFileHeader header = TensorFile.readHeader(dir, "m");
        assertEquals(32, header.payloadBytes());
        assertArrayEquals(new long[] {2, 3}, header.shapes().get("a"));
        assertEquals("hello", header.metadata().get("note").getAsString());
        assertArrayEquals(new long[] {2}, TensorFile.read(dir, "m").shapes().get("b"));
    }

    @Test
    void aTruncatedOrEmptyPayloadIsRefusedNamingThePayload() throws IOException {
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, Arrays.copyOf(bytes, 10));
        assertTrue(refused(bin, "payload has 10 bytes").contains("truncated"));
        assertThrows(TensorFileException.class, () -> TensorFile.readHeader(dir, "m"), "the length is checked too");
        Files.write(bin, new byte[0]);
        refused(bin, "payload has 0 bytes");
        // a stream that is longer than promised, e.g. a replaced bundle resource
        try (InputStream meta = Files.newInputStream(json)) {
            TensorFileException longer = assertThrows(TensorFileException.class,
                    () -> TensorFile.read("m.json", meta, "m.bin", new ByteArrayInputStream(new byte[64])));
            assertTrue(longer.getMessage().startsWith("m.bin: payload has more than 32 bytes"), longer.getMessage());
        }
    }

    @Test
    void aTruncatedOrEmptyMetadataFileIsRefusedNamingIt() throws IOException {
        String text = Files.readString(json);
        Files.writeString(json, text.substring(0, text.length() / 2));
        refused(json, "corrupt or truncated JSON");
        Files.writeString(json, "");
        refused(json, "empty file");
        Files.writeString(json, "[1, 2]");
        refused(json, "not a JSON object");
    }

    @Test
    void aWrongMissingOrFutureFormatIsRefused() throws IOException {
        edit(d -> d.addProperty("format", "matdesign-tensors-2"));
        refused(json, "format matdesign-tensors-2 is newer than this build reads (matdesign-tensors-1)");
        edit(d -> d.addProperty("format", "safetensors"));
        refused(json, "not a matdesign-tensors-1 file (format is \"safetensors\")");
        edit(d -> d.add("format", new JsonArray()));
        refused(json, "not a format name");
        edit(d -> d.remove("format"));
        refused(json, "not a matdesign-tensors-1 file (format is missing)");
    }

    @Test
    void anotherElementTypeOrByteOrderIsRefused() throws IOException {
        edit(d -> d.addProperty("dtype", "float16"));
        refused(json, "dtype is \"float16\", this reader handles only float32");
        edit(d -> {
            d.addProperty("dtype", "float32");
            d.addProperty("byteOrder", "big-endian");
        });
        refused(json, "byteOrder is \"big-endian\"");
    }

    @Test
    void payloadSizeAndChecksumFieldsMustBeWhatTheyClaim() throws IOException {
        edit(d -> d.addProperty("payloadBytes", 32.5));
        refused(json, "payloadBytes is 32.5, expected a whole number");
        edit(d -> d.addProperty("payloadBytes", 1e308));
        refused(json, "payloadBytes is 1.0E308, expected a whole number from 0 to");
        edit(d -> d.addProperty("payloadBytes", -4));
        refused(json, "payloadBytes is -4");
        edit(d -> d.addProperty("payloadBytes", "32"));
        refused(json, "payloadBytes is \"32\"");
        edit(d -> {
            d.addProperty("payloadBytes", 32);
            d.addProperty("sha256", "abc");
        });
        refused(json, "sha256 is \"abc\", not 64 hexadecimal digits");
    }

    @Test
    void aTensorTableThatDoesNotTileThePayloadIsRefused() throws IOException {
        edit(d -> tensor(d, 0).getAsJsonArray("shape").set(0, new JsonPrimitive(2.5)));
        refused(json, "tensors[0].shape[0] is 2.5, expected a whole number");
        edit(d -> {
            JsonArray shape = new JsonArray();
            shape.add(-2);
            shape.add(-3);
            tensor(d, 0).add("shape", shape);
        });
        refused(json, "tensors[0].shape[0] is -2");
        edit(d -> {
            JsonArray shape = new JsonArray();
            shape.add(8);
            shape.add(8);
            tensor(d, 0).add("shape", shape);
        });
        refused(json, "shape of tensor 'a' is [8, 8]: more values than the whole payload holds");
        edit(d -> {
            JsonArray shape = new JsonArray();
            shape.add(2);
            shape.add(2);
            tensor(d, 0).add("shape", shape);
        });
        refused(json, "tensors[1].offset of tensor 'b' is 24, expected 16 (tensors lie back to back");
        edit(d -> {
            JsonArray shape = new JsonArray();
            shape.add(2);
            shape.add(3);
            tensor(d, 0).add("shape", shape);
            d.getAsJsonArray("tensors").remove(1);
        });
        refused(json, "tensors cover 24 bytes, but payloadBytes is 32");
        edit(d -> d.getAsJsonArray("tensors").add(tensor(d, 0)));
        refused(json, "'a' is listed twice");
        edit(d -> tensor(d, 0).addProperty("name", " "));
        refused(json, "tensors[0].name is empty");
    }

    @Test
    void deepNestingIsRefusedBeforeAnyRecursiveCodeSeesIt() throws IOException {
        String text = Files.readString(json);
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Files.writeString(json, text.replace("\"hello\"", deep));
        refused(json, "levels deep, more than 64");
        Files.writeString(json, text.replace("\"hello\"", "\"[{\\\"[[[\""));
        TensorFile.read(dir, "m"); // brackets inside strings are text
    }

    @Test
    void aHugeStringOnlyAppearsShortenedInTheMessage() throws IOException {
        edit(d -> d.addProperty("dtype", "x".repeat(1_000_000)));
        String message = refused(json, "dtype is \"xxx");
        assertTrue(message.length() < 400, message);
        assertTrue(message.contains("(1000002 characters)"), message);
    }

    @Test
    void theMutatorIsSeededAndChangesTheText() throws IOException {
        byte[] original = Files.readAllBytes(json);
        JsonMutator a = new JsonMutator(7);
        JsonMutator b = new JsonMutator(7);
        for (int i = 0; i < 50; i++) {
            JsonMutator.Mutation x = a.mutate(original);
            JsonMutator.Mutation y = b.mutate(original);
            assertEquals(x.description(), y.description());
            assertArrayEquals(x.bytes(), y.bytes());
        }
        int changed = 0;
        for (int i = 0; i < 50; i++) {
            changed += Arrays.equals(original, a.mutate(original).bytes()) ? 0 : 1;
        }
        assertTrue(changed > 40, changed + " of 50 mutations changed the file");
        assertFalse(new JsonMutator(8).mutate(original).description().isEmpty());
    }
}
