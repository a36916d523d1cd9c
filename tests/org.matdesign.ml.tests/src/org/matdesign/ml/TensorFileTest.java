package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorFileTest {

    @TempDir
    Path dir;

    private static List<NamedTensor> sample() {
        return List.of(new NamedTensor("a", new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, -6.5f}),
                new NamedTensor("b/bias", new long[] {1}, new float[] {Float.MIN_VALUE}));
    }

    @Test
    void roundTripKeepsNamesShapesValuesAndMetadata() throws IOException {
        JsonObject meta = new JsonObject();
        meta.addProperty("note", "hello");
        String sha = TensorFile.write(dir, "m", sample(), meta, false);
        TensorFile read = TensorFile.read(dir, "m");
        assertEquals(sha, read.sha256());
        assertEquals(List.of("a", "b/bias"), List.copyOf(read.tensors().keySet()));
        assertArrayEquals(new long[] {2, 3}, read.tensor("a").shape());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, -6.5f}, read.tensor("a").data());
        assertArrayEquals(new float[] {Float.MIN_VALUE}, read.tensor("b/bias").data());
        assertEquals("hello", read.metadata().get("note").getAsString());
        // payload is raw little-endian float32: 7 values = 28 bytes
        assertEquals(28, Files.size(TensorFile.binPath(dir, "m")));
    }

    @Test
    void tamperedPayloadIsRefusedNamingTheFile() throws IOException {
        TensorFile.write(dir, "m", sample(), new JsonObject(), false);
        Path bin = TensorFile.binPath(dir, "m");
        byte[] bytes = Files.readAllBytes(bin);
        bytes[5] ^= 0x01;
        Files.write(bin, bytes);
        TensorFileException ex = assertThrows(TensorFileException.class, () -> TensorFile.read(dir, "m"));
        assertTrue(ex.getMessage().contains(bin.toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains("SHA-256"), ex.getMessage());
    }

    @Test
    void truncatedPayloadAndCorruptJsonAreRefused() throws IOException {
        TensorFile.write(dir, "m", sample(), new JsonObject(), false);
        Path bin = TensorFile.binPath(dir, "m");
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, java.util.Arrays.copyOf(bytes, bytes.length - 4));
        assertThrows(TensorFileException.class, () -> TensorFile.read(dir, "m"));
        Files.write(bin, bytes);
        Path json = TensorFile.jsonPath(dir, "m");
        Files.writeString(json, "{ not json", StandardCharsets.UTF_8);
        TensorFileException ex = assertThrows(TensorFileException.class, () -> TensorFile.read(dir, "m"));
        assertTrue(ex.getMessage().contains(json.toString()), ex.getMessage());
    }

    @Test
    void refusesToOverwriteUnlessAsked() throws IOException {
        TensorFile.write(dir, "m", sample(), new JsonObject(), false);
        assertThrows(IOException.class, () -> TensorFile.write(dir, "m", sample(), new JsonObject(), false));
        TensorFile.write(dir, "m", sample(), new JsonObject(), true);
    }
}
