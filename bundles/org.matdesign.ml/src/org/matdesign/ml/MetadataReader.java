package org.matdesign.ml;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading of one object of a model file's metadata. Every accessor either returns a value of the promised
 * kind and range or throws a {@link TensorFileException} {@code <source>: <path> <problem>} naming the file and the
 * field, so no lying value travels further as a gson exception, a silent truncation ({@code 56.7} read as 56,
 * {@code "NaN"} read as NaN) or an allocation of the size it names.
 */
public final class MetadataReader {

    /** Longest value quoted back in a message; a megabyte-long string is the file's problem, not the log's. */
    private static final int QUOTE_LIMIT = 60;

    private final JsonObject object;
    private final String source;
    private final String path;

    private MetadataReader(JsonObject object, String source, String path) {
        this.object = object;
        this.source = source;
        this.path = path;
    }

    /** Reads {@code object}, reported as {@code path} of {@code source} (e.g. "metadata" of ".../model.json"). */
    public static MetadataReader of(JsonObject object, String source, String path) {
        return new MetadataReader(object, source, path);
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    /** The path of a field of this object, as messages name it. */
    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    /** A refusal of field {@code key}: {@code <source>: <path.key> <problem>}. */
    public TensorFileException problem(String key, String problem) {
        return new TensorFileException(source + ": " + path(key) + " " + problem);
    }

    /** A refusal of this object as a whole. */
    public TensorFileException problem(String problem) {
        return new TensorFileException(source + ": " + path + " " + problem);
    }

    private JsonElement require(String key) throws TensorFileException {
        if (!has(key)) {
            throw problem(key, "is missing");
        }
        return object.get(key);
    }

    public MetadataReader object(String key) throws TensorFileException {
        JsonElement e = require(key);
        if (!e.isJsonObject()) {
            throw problem(key, "is " + quote(e) + ", not an object");
        }
        return new MetadataReader(e.getAsJsonObject(), source, path(key));
    }

    public Optional<MetadataReader> optionalObject(String key) throws TensorFileException {
        return has(key) ? Optional.of(object(key)) : Optional.empty();
    }

    /** The object itself (a copy). */
    public JsonObject json() {
        return object.deepCopy();
    }

    public String string(String key) throws TensorFileException {
        JsonElement e = require(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw problem(key, "is " + quote(e) + ", not a string");
        }
        return e.getAsString();
    }

    public Optional<String> optionalString(String key) throws TensorFileException {
        return has(key) ? Optional.of(string(key)) : Optional.empty();
    }

    /** A non-blank string of at most {@code maxLength} characters. */
    public String name(String key, int maxLength) throws TensorFileException {
        String s = string(key);
        checkName(s, maxLength, key);
        return s;
    }

    /** A whole number in [min, max]; fractions, exponents beyond the range, strings and NaN are refused. */
    public long integer(String key, long min, long max) throws TensorFileException {
        return integerValue(require(key), min, max, key);
    }

    /** As {@link #integer(String, long, long)} within the int range. */
    public int integer(String key, int min, int max) throws TensorFileException {
        return (int) integerValue(require(key), min, max, key);
    }

    /** A finite number. */
    public double finite(String key) throws TensorFileException {
        return number(require(key), key);
    }

    /** A finite number > 0 (a standard deviation, a distance, a temperature). */
    public double positive(String key) throws TensorFileException {
        double v = finite(key);
        if (!(v > 0)) {
            throw problem(key, "is " + v + ", must be > 0");
        }
        return v;
    }

    /** A finite number >= 0 (a loss weight). */
    public double nonNegative(String key) throws TensorFileException {
        double v = finite(key);
        if (!(v >= 0)) {
            throw problem(key, "is " + v + ", must be >= 0");
        }
        return v;
    }

    /** A non-empty array of at most {@code maxCount} distinct non-blank strings (property names, element symbols). */
    public List<String> names(String key, int maxCount, int maxLength) throws TensorFileException {
        JsonArray a = array(key, 1, maxCount);
        List<String> out = new ArrayList<>(a.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            String at = key + "[" + i + "]";
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw problem(at, "is " + quote(e) + ", not a string");
            }
            String s = e.getAsString();
            checkName(s, maxLength, at);
            if (!seen.add(s)) {
                throw problem(at, "repeats " + quote(e) + " (names must be distinct)");
            }
            out.add(s);
        }
        return out;
    }

    /** An array of exactly {@code count} strings (units beside property names). */
    public List<String> strings(String key, int count) throws TensorFileException {
        JsonArray a = array(key, count, count);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw problem(key + "[" + i + "]", "is " + quote(e) + ", not a string");
            }
            out.add(e.getAsString());
        }
        return out;
    }

    /** An array of exactly {@code count} finite numbers (normalisation statistics). */
    public double[] numbers(String key, int count) throws TensorFileException {
        JsonArray a = array(key, count, count);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = number(a.get(i), key + "[" + i + "]");
        }
        return out;
    }

    /** An array of {@code minCount..maxCount} whole numbers in [min, max]. */
    public long[] integers(String key, int minCount, int maxCount, long min, long max) throws TensorFileException {
        JsonArray a = array(key, minCount, maxCount);
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = integerValue(a.get(i), min, max, key + "[" + i + "]");
        }
        return out;
    }

    /** The objects of an array of {@code minCount..maxCount} objects. */
    public List<MetadataReader> objects(String key, int minCount, int maxCount) throws TensorFileException {
        JsonArray a = array(key, minCount, maxCount);
        List<MetadataReader> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            String at = key + "[" + i + "]";
            if (!e.isJsonObject()) {
                throw problem(at, "is " + quote(e) + ", not an object");
            }
            out.add(new MetadataReader(e.getAsJsonObject(), source, path(at)));
        }
        return out;
    }

    private JsonArray array(String key, int minCount, int maxCount) throws TensorFileException {
        JsonElement e = require(key);
        if (!e.isJsonArray()) {
            throw problem(key, "is " + quote(e) + ", not an array");
        }
        JsonArray a = e.getAsJsonArray();
        if (a.size() < minCount || a.size() > maxCount) {
            throw problem(key, "has " + a.size() + " entries, expected "
                    + (minCount == maxCount ? Integer.toString(minCount) : minCount + " to " + maxCount));
        }
        return a;
    }

    private void checkName(String s, int maxLength, String key) throws TensorFileException {
        if (s.isBlank()) {
            throw problem(key, "is empty");
        }
        if (s.length() > maxLength) {
            throw problem(key, "is " + s.length() + " characters long, more than " + maxLength);
        }
    }

    private double number(JsonElement e, String key) throws TensorFileException {
        if (!isNumber(e)) {
            throw problem(key, "is " + quote(e) + ", not a number");
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            throw problem(key, "is " + quote(e) + ", not a finite number");
        }
        return v;
    }

    private long integerValue(JsonElement e, long min, long max, String key) throws TensorFileException {
        String range = "expected a whole number from " + min + " to " + max;
        // no whole number in a long range needs 40 characters; a longer one would only be slow to parse
        if (!isNumber(e) || e.getAsString().length() > 40) {
            throw problem(key, "is " + quote(e) + ", " + range);
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(e.getAsString());
        } catch (NumberFormatException ex) {
            throw problem(key, "is " + quote(e) + ", " + range);
        }
        // compare the magnitude first: stripping zeros from 1e999999999 would take a while
        if ((long) exact.precision() - exact.scale() > 19 || exact.stripTrailingZeros().scale() > 0
                || exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem(key, "is " + quote(e) + ", " + range);
        }
        return exact.longValueExact();
    }

    private static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    /** A string for a message, in JSON quotes and cut short when long. */
    public static String quote(String s) {
        return quote(new JsonPrimitive(s));
    }

    /** A JSON value for a message, cut short when long. */
    public static String quote(JsonElement e) {
        String text = e == null ? "missing" : e.toString();
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            text = p.getAsString();
        }
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "... (" + text.length() + " characters)";
    }
}
