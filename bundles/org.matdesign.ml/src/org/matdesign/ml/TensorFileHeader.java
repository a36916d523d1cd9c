package org.matdesign.ml;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code .json} half of a {@link TensorFile}, read and checked without touching the payload: format, element
 * type, payload size, checksum field and a tensor table that describes the payload exactly (tensors back to back
 * in table order, shapes of whole non-negative numbers whose sizes add up to {@code payloadBytes}). Every refusal
 * is a {@link TensorFileException} {@code <json file>: <problem>}. Reading is bounded whatever the file claims: the
 * JSON is read up to {@value #MAX_JSON_BYTES} bytes and {@value #MAX_DEPTH} levels of nesting, and no size named in
 * it is allocated here.
 */
public final class TensorFileHeader {

    /** Far above any model's metadata (the largest committed one is under 100 KB). */
    public static final int MAX_JSON_BYTES = 64 << 20;
    /** The largest payload one Java array holds, in whole float32 values. */
    public static final long MAX_PAYLOAD_BYTES = (Integer.MAX_VALUE - 8) & ~3L;
    /** Deeper nesting is damage, and would exhaust the stack of recursive JSON code downstream. */
    public static final int MAX_DEPTH = 64;
    private static final int MAX_DIMENSIONS = 8;
    private static final int MAX_NAME = 256;

    /** One row of the tensor table: {@code size} float32 values from byte {@code offset}. */
    public record Entry(String name, long[] shape, long offset, long size) {
        public Entry {
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }
    }

    private final String source;
    private final JsonObject metadata;
    private final List<Entry> entries;
    private final long payloadBytes;
    private final String sha256;

    private TensorFileHeader(String source, JsonObject metadata, List<Entry> entries, long payloadBytes,
            String sha256) {
        this.source = source;
        this.metadata = metadata;
        this.entries = List.copyOf(entries);
        this.payloadBytes = payloadBytes;
        this.sha256 = sha256;
    }

    /** Reads and checks a tensor file's metadata; {@code source} names it in errors. */
    public static TensorFileHeader parse(String source, InputStream json) throws IOException {
        byte[] bytes = json.readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            throw new TensorFileException(source + ": larger than " + (MAX_JSON_BYTES >> 20)
                    + " MiB, far more than any model's metadata (not a model file?)");
        }
        return parse(source, new String(bytes, StandardCharsets.UTF_8));
    }

    static TensorFileHeader parse(String source, String text) throws TensorFileException {
        if (text.isBlank()) {
            throw new TensorFileException(source + ": empty file (truncated?)");
        }
        int depth = nesting(text);
        if (depth > MAX_DEPTH) {
            throw new TensorFileException(source + ": JSON nested " + depth + " levels deep, more than "
                    + MAX_DEPTH + " (corrupt file)");
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException ex) {
            // gson's first line says where; the rest is a link to its troubleshooting guide
            String where = ex.getMessage() == null ? ex.toString() : ex.getMessage().lines().findFirst().orElse("");
            throw new TensorFileException(source + ": corrupt or truncated JSON (" + where + ")", ex);
        }
        if (!parsed.isJsonObject()) {
            throw new TensorFileException(source + ": not a JSON object");
        }
        JsonObject doc = parsed.getAsJsonObject();
        ModelFormat.require(doc, "format", TensorFile.FORMAT, false, source, "format");
        MetadataReader top = MetadataReader.of(doc, source, "");
        requireValue(top, "dtype", "float32");
        requireValue(top, "byteOrder", "little-endian");
        long payloadBytes = top.integer("payloadBytes", 0L, MAX_PAYLOAD_BYTES);
        if (payloadBytes % 4 != 0) {
            throw top.problem("payloadBytes", "is " + payloadBytes + ", not a whole number of float32 values");
        }
        String sha = top.string("sha256");
        if (!sha.matches("[0-9a-fA-F]{64}")) {
            throw top.problem("sha256", "is " + MetadataReader.quote(doc.get("sha256"))
                    + ", not 64 hexadecimal digits");
        }
        List<Entry> entries = table(top, payloadBytes);
        JsonObject metadata = top.has("metadata") ? top.object("metadata").json() : new JsonObject();
        return new TensorFileHeader(source, metadata, entries, payloadBytes, sha);
    }

    private static void requireValue(MetadataReader top, String key, String expected) throws TensorFileException {
        String value = top.string(key);
        if (!value.equals(expected)) {
            throw top.problem(key, "is " + MetadataReader.quote(value) + ", this reader handles only "
                    + expected);
        }
    }

    /** The tensor table, which must tile the payload exactly: a lying shape cannot pass as a shorter read. */
    private static List<Entry> table(MetadataReader top, long payloadBytes) throws TensorFileException {
        List<MetadataReader> rows = top.objects("tensors", 0, Integer.MAX_VALUE);
        List<Entry> entries = new ArrayList<>(rows.size());
        Set<String> names = new HashSet<>();
        long floats = payloadBytes / 4;
        long end = 0;
        for (MetadataReader row : rows) {
            String name = row.name("name", MAX_NAME);
            if (!names.add(name)) {
                throw row.problem("name", "'" + name + "' is listed twice");
            }
            long[] shape = row.integers("shape", 0, MAX_DIMENSIONS, 0, floats);
            long size = 1;
            for (long d : shape) {
                size *= d; // no overflow: size <= floats <= 2^29 and d <= 2^29 at every step
                if (size > floats) {
                    throw row.problem("shape", "of tensor '" + name + "' is " + Arrays.toString(shape) + ": "
                            + "more values than the whole payload holds (" + payloadBytes + " bytes)");
                }
            }
            long offset = row.integer("offset", 0L, MAX_PAYLOAD_BYTES);
            if (offset != end) {
                throw row.problem("offset", "of tensor '" + name + "' is " + offset + ", expected " + end
                        + " (tensors lie back to back in table order)");
            }
            end = offset + size * 4;
            if (end > payloadBytes) {
                throw row.problem("shape", "of tensor '" + name + "' is " + Arrays.toString(shape)
                        + ": it would end at byte " + end + ", past the payload's " + payloadBytes + " bytes");
            }
            entries.add(new Entry(name, shape, offset, size));
        }
        if (end != payloadBytes) {
            throw top.problem("tensors", "cover " + end + " bytes, but payloadBytes is " + payloadBytes
                    + " (a tensor is missing or a shape is wrong)");
        }
        return entries;
    }

    /** Deepest nesting of objects and arrays, ignoring brackets inside strings. */
    static int nesting(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    /** Names the file in errors, e.g. {@code /models/m/model.json}. */
    public String source() {
        return source;
    }

    /** The free {@code metadata} object (a copy). */
    public JsonObject metadata() {
        return metadata.deepCopy();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Tensor shapes by name, in table order. */
    public Map<String, long[]> shapes() {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.put(e.name(), e.shape());
        }
        return out;
    }

    public long payloadBytes() {
        return payloadBytes;
    }

    /** The hex SHA-256 the payload must have. */
    public String sha256() {
        return sha256;
    }
}
