package org.matdesign.ml;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

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
 * free {@code metadata} object (model configuration, normalisation, provenance). Loading checks the metadata
 * ({@link TensorFileHeader}), recomputes the checksum and refuses any mismatch with a {@link TensorFileException}
 * naming the file. No Java serialisation and no pickles: the format can be read from any language.
 * Writes go to temporary files first and are moved into place, so a killed process never leaves a half file
 * under the final name.
 */
public final class TensorFile {

    public static final String FORMAT = "matdesign-tensors-1";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final String source;
    private final JsonObject metadata;
    private final Map<String, NamedTensor> tensors;
    private final String sha256;

    private TensorFile(String source, JsonObject metadata, Map<String, NamedTensor> tensors, String sha256) {
        this.source = source;
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

    /** Tensor shapes by name, in file order. */
    public Map<String, long[]> shapes() {
        Map<String, long[]> out = new LinkedHashMap<>();
        tensors.forEach((name, t) -> out.put(name, t.shape()));
        return out;
    }

    public NamedTensor tensor(String name) throws TensorFileException {
        NamedTensor t = tensors.get(name);
        if (t == null) {
            throw new TensorFileException(source + ": tensor '" + name + "' is missing");
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
        TensorFileHeader header = readHeader(dir, baseName);
        Path bin = binPath(dir, baseName);
        try (InputStream payload = Files.newInputStream(bin)) {
            return read(header, bin.toString(), payload);
        }
    }

    /**
     * Reads and checks only the metadata of {@code dir/baseName.json}: everything {@link #read(Path, String)}
     * checks except the payload's checksum (the payload file must exist and have the recorded length).
     */
    public static TensorFileHeader readHeader(Path dir, String baseName) throws IOException {
        Path json = jsonPath(dir, baseName);
        Path bin = binPath(dir, baseName);
        if (!Files.isRegularFile(json)) {
            throw new TensorFileException("model metadata " + json + " not found");
        }
        if (!Files.isRegularFile(bin)) {
            throw new TensorFileException("model payload " + bin + " not found");
        }
        TensorFileHeader header;
        try (InputStream meta = Files.newInputStream(json)) {
            header = TensorFileHeader.parse(json.toString(), meta);
        }
        long size = Files.size(bin);
        if (size != header.payloadBytes()) {
            throw wrongLength(bin.toString(), Long.toString(size), header);
        }
        return header;
    }

    /** Reads and verifies a tensor file from streams (e.g. bundle resources); the names appear in errors. */
    public static TensorFile read(String jsonName, InputStream jsonStream, String binName, InputStream binStream)
            throws IOException {
        return read(TensorFileHeader.parse(jsonName, jsonStream), binName, binStream);
    }

    private static TensorFile read(TensorFileHeader header, String binName, InputStream binStream)
            throws IOException {
        // one byte more than promised tells a longer file from an exact one without reading all of it
        byte[] payload = binStream.readNBytes((int) header.payloadBytes() + 1);
        if (payload.length != header.payloadBytes()) {
            throw wrongLength(binName, payload.length > header.payloadBytes() ? "more than " + header.payloadBytes()
                    : Integer.toString(payload.length), header);
        }
        String actualSha = HexFormat.of().formatHex(sha256Digest().digest(payload));
        if (!actualSha.equalsIgnoreCase(header.sha256())) {
            throw new TensorFileException(binName + ": SHA-256 " + actualSha + " does not match " + header.sha256()
                    + " recorded in " + header.source() + " (corrupt or tampered model file)");
        }
        ByteBuffer buf = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, NamedTensor> tensors = new LinkedHashMap<>();
        for (TensorFileHeader.Entry e : header.entries()) {
            float[] data = new float[(int) e.size()];
            buf.position((int) e.offset());
            buf.asFloatBuffer().get(data);
            tensors.put(e.name(), new NamedTensor(e.name(), e.shape(), data));
        }
        return new TensorFile(header.source(), header.metadata(), tensors, actualSha);
    }

    private static TensorFileException wrongLength(String binName, String actual, TensorFileHeader header) {
        return new TensorFileException(binName + ": payload has " + actual + " bytes, metadata " + header.source()
                + " says " + header.payloadBytes() + " (truncated or replaced file)");
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
