package org.matdesign.ml;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model file format: {@code NAME.json} (metadata) beside {@code NAME.bin} (payload) in one directory.
 * <p>
 * The payload is the concatenation of named float32 tensors, raw little-endian, in the order listed in the
 * metadata's {@code tensors} array ({@code name}, {@code shape}, {@code offset} in bytes). The metadata also holds
 * {@code format} ({@value #FORMAT}), {@code payloadBytes}, {@code sha256} (hex SHA-256 of the payload file) and a
 * free {@code metadata} object (model configuration, normalisation, provenance). Loading recomputes the checksum
 * and refuses any mismatch. No Java serialisation and no pickles: the format can be read from any language.
 * Writes go to temporary files first and are moved into place, so a killed process never leaves a half file
 * under the final name.
 */
public final class TensorFile {

    public static final String FORMAT = "matdesign-tensors-1";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final JsonObject metadata;
    private final Map<String, NamedTensor> tensors;
    private final String sha256;

    private TensorFile(JsonObject metadata, Map<String, NamedTensor> tensors, String sha256) {
        this.metadata = metadata;
        this.tensors = tensors;
        this.sha256 = sha256;
    }

    /** The user metadata object stored with the tensors (a copy). */
    public JsonObject metadata() {
        return metadata.deepCopy();
    }

    /** Tensors in file order. */
    public Map<String, NamedTensor> tensors() {
        return tensors;
    }

    public NamedTensor tensor(String name) throws TensorFileException {
        NamedTensor t = tensors.get(name);
        if (t == null) {
            throw new TensorFileException("tensor '" + name + "' is missing");
        }
        return t;
    }

    /** Hex SHA-256 of the payload. */
    public String sha256() {
        return sha256;
    }

    public static Path jsonPath(Path dir, String baseName) {
        return dir.resolve(baseName + ".json");
    }

    public static Path binPath(Path dir, String baseName) {
        return dir.resolve(baseName + ".bin");
    }

    public static boolean exists(Path dir, String baseName) {
        return Files.isRegularFile(jsonPath(dir, baseName)) && Files.isRegularFile(binPath(dir, baseName));
    }

    /**
     * Writes {@code dir/baseName.json} and {@code dir/baseName.bin}.
     *
     * @param overwrite whether existing files of that name may be replaced
     * @return the hex SHA-256 of the payload
     */
    public static String write(Path dir, String baseName, List<NamedTensor> tensors, JsonObject metadata,
            boolean overwrite) throws IOException {
        Path json = jsonPath(dir, baseName);
        Path bin = binPath(dir, baseName);
        if (!overwrite && (Files.exists(json) || Files.exists(bin))) {
            throw new IOException("refusing to overwrite existing " + json + " / " + bin);
        }
        Files.createDirectories(dir);
        JsonArray index = new JsonArray();
        long offset = 0;
        MessageDigest digest = sha256Digest();
        Path tmpBin = dir.resolve("." + baseName + ".bin.tmp"); // plain file permissions, unlike createTempFile
        try {
            try (OutputStream out = Files.newOutputStream(tmpBin)) {
                for (NamedTensor t : tensors) {
                    ByteBuffer buf = ByteBuffer.allocate(t.data().length * 4).order(ByteOrder.LITTLE_ENDIAN);
                    buf.asFloatBuffer().put(t.data());
                    byte[] bytes = buf.array();
                    digest.update(bytes);
                    out.write(bytes);
                    JsonObject entry = new JsonObject();
                    entry.addProperty("name", t.name());
                    JsonArray shape = new JsonArray();
                    for (long d : t.shape()) {
                        shape.add(d);
                    }
                    entry.add("shape", shape);
                    entry.addProperty("offset", offset);
                    index.add(entry);
                    offset += bytes.length;
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            JsonObject doc = new JsonObject();
            doc.addProperty("format", FORMAT);
            doc.addProperty("dtype", "float32");
            doc.addProperty("byteOrder", "little-endian");
            doc.addProperty("payload", bin.getFileName().toString());
            doc.addProperty("payloadBytes", offset);
            doc.addProperty("sha256", sha);
            doc.add("tensors", index);
            doc.add("metadata", metadata == null ? new JsonObject() : metadata.deepCopy());
            Path tmpJson = dir.resolve("." + baseName + ".json.tmp");
            try {
                Files.writeString(tmpJson, GSON.toJson(doc) + "\n", StandardCharsets.UTF_8);
                // payload first: a reader that finds the new json always finds a matching payload
                move(tmpBin, bin);
                move(tmpJson, json);
            } finally {
                Files.deleteIfExists(tmpJson);
            }
            return sha;
        } finally {
            Files.deleteIfExists(tmpBin);
        }
    }

    /** Reads and verifies {@code dir/baseName.{json,bin}}. */
    public static TensorFile read(Path dir, String baseName) throws IOException {
        Path json = jsonPath(dir, baseName);
        Path bin = binPath(dir, baseName);
        if (!Files.isRegularFile(json)) {
            throw new TensorFileException("model metadata " + json + " not found");
        }
        if (!Files.isRegularFile(bin)) {
            throw new TensorFileException("model payload " + bin + " not found");
        }
        try (InputStream meta = Files.newInputStream(json); InputStream payload = Files.newInputStream(bin)) {
            return read(json.toString(), meta, bin.toString(), payload);
        }
    }

    /** Reads and verifies a tensor file from streams (e.g. bundle resources); the names appear in errors. */
    public static TensorFile read(String jsonName, InputStream jsonStream, String binName, InputStream binStream)
            throws IOException {
        JsonObject doc;
        try {
            JsonElement parsed = JsonParser.parseString(new String(jsonStream.readAllBytes(), StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw new TensorFileException(jsonName + ": not a JSON object");
            }
            doc = parsed.getAsJsonObject();
        } catch (JsonParseException ex) {
            throw new TensorFileException(jsonName + ": corrupt JSON (" + ex.getMessage() + ")", ex);
        }
        try {
            if (!doc.has("format") || !FORMAT.equals(doc.get("format").getAsString())) {
                throw new TensorFileException(jsonName + ": not a " + FORMAT + " file (format="
                        + (doc.has("format") ? doc.get("format") : "missing") + ")");
            }
            byte[] payload = binStream.readAllBytes();
            long expectedBytes = doc.get("payloadBytes").getAsLong();
            if (payload.length != expectedBytes) {
                throw new TensorFileException(binName + ": payload has " + payload.length + " bytes, metadata "
                        + jsonName + " says " + expectedBytes + " (truncated or replaced file)");
            }
            String expectedSha = doc.get("sha256").getAsString();
            String actualSha = HexFormat.of().formatHex(sha256Digest().digest(payload));
            if (!actualSha.equalsIgnoreCase(expectedSha)) {
                throw new TensorFileException(binName + ": SHA-256 " + actualSha + " does not match " + expectedSha
                        + " recorded in " + jsonName + " (corrupt or tampered model file)");
            }
            ByteBuffer buf = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
            Map<String, NamedTensor> tensors = new LinkedHashMap<>();
            for (JsonElement e : doc.getAsJsonArray("tensors")) {
                JsonObject entry = e.getAsJsonObject();
                String name = entry.get("name").getAsString();
                List<Long> dims = new ArrayList<>();
                long size = 1;
                for (JsonElement d : entry.getAsJsonArray("shape")) {
                    dims.add(d.getAsLong());
                    size *= d.getAsLong();
                }
                long offset = entry.get("offset").getAsLong();
                if (offset < 0 || size < 0 || offset + size * 4 > payload.length) {
                    throw new TensorFileException(jsonName + ": tensor '" + name + "' lies outside the payload");
                }
                float[] data = new float[(int) size];
                buf.position((int) offset);
                buf.asFloatBuffer().get(data);
                long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
                if (tensors.put(name, new NamedTensor(name, shape, data)) != null) {
                    throw new TensorFileException(jsonName + ": tensor '" + name + "' listed twice");
                }
            }
            JsonObject metadata = doc.has("metadata") ? doc.getAsJsonObject("metadata") : new JsonObject();
            return new TensorFile(metadata, tensors, actualSha);
        } catch (RuntimeException ex) {
            // gson's ClassCastException / NullPointerException / IllegalStateException on malformed fields
            throw new TensorFileException(jsonName + ": malformed metadata (" + ex + ")", ex);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", ex);
        }
    }
}
