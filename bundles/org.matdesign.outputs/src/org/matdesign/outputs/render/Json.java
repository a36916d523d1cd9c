package org.matdesign.outputs.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * JSON values for the outputs: NaN and infinities become null (JSON has no such numbers); text is not escaped for
 * HTML, so formulas and details read as written.
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    private Json() {
    }

    public static JsonElement number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }

    public static JsonElement text(String s) {
        return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
    }

    public static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    public static JsonObject numbers(Map<String, Double> values) {
        JsonObject o = new JsonObject();
        values.forEach((k, v) -> o.add(k, number(v == null ? Double.NaN : v)));
        return o;
    }

    public static JsonObject texts(Map<String, String> values) {
        JsonObject o = new JsonObject();
        values.forEach((k, v) -> o.add(k, text(v)));
        return o;
    }

    public static String toText(JsonElement e) {
        return GSON.toJson(e) + "\n";
    }

    public static void write(JsonElement e, Path file) throws IOException {
        Files.writeString(file, toText(e), StandardCharsets.UTF_8);
    }
}
