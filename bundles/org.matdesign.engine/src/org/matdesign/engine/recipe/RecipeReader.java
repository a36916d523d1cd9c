package org.matdesign.engine.recipe;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matdesign.api.SeedStructure;
import org.matdesign.engine.TimeLimits;

/**
 * Reads a recipe JSON file (format in {@code examples/recipes/README.md}). Strict: unknown keys are errors (so a typo never
 * passes silently), keys starting with {@code _} are comments. Every error names the file and the JSON path of the entry.
 */
public final class RecipeReader {

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "model", "data", "seed",
            "starts_per_candidate", "output_dir", "generator", "optimizer", "targets", "validators", "visualizers", "sun",
            "elements", "time_limits");
    private static final Set<String> ELEMENT_KEYS = Set.of("allowed", "excluded");
    private static final Set<String> RANGE_KEYS = Set.of("value", "min", "max", "tolerance");
    private static final Set<String> TARGET_KEYS = Set.of("properties", "count", "seeds");
    private static final Set<String> COMPONENT_KEYS = Set.of("id", "enabled", "settings");

    /** Larger recipe files are refused unread. */
    static final long MAX_BYTES = 1 << 20;

    /** The properties a recipe may target, once its generator and model are read. */
    @FunctionalInterface
    public interface CatalogueSource {
        /** @param model the recipe's model ({@value Recipe#DEFAULT_MODEL} when it names none) */
        PropertyCatalogue catalogue(String generatorId, String model);
    }

    private final String source;
    private final CatalogueSource catalogues;
    private PropertyCatalogue catalogue;

    private RecipeReader(String source, CatalogueSource catalogues) {
        this.source = source;
        this.catalogues = catalogues;
    }

    public static Recipe read(Path file, PropertyCatalogue catalogue) {
        return read(file, (generator, model) -> catalogue);
    }

    /** Reads a recipe whose targets are checked against what its generator's model can aim at. */
    public static Recipe read(Path file, CatalogueSource catalogues) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) { // refused before reading: a recipe is a few KB of settings
                throw new RecipeException("recipe " + file + ": file is " + Files.size(file) + " bytes; recipes over "
                        + MAX_BYTES + " bytes are refused");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RecipeException("recipe " + file + ": file not found");
        } catch (IOException e) {
            throw new RecipeException("recipe " + file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString(), catalogues);
    }

    public static Recipe parse(String json, String sourceName, PropertyCatalogue catalogue) {
        return parse(json, sourceName, (generator, model) -> catalogue);
    }

    public static Recipe parse(String json, String sourceName, CatalogueSource catalogues) {
        return new RecipeReader(sourceName, catalogues).parse(json);
    }

    private Recipe parse(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw fail("not valid JSON (" + rootCause(e) + ")");
        }
        if (!root.isJsonObject()) {
            throw fail("the top level must be a JSON object");
        }
        JsonObject top = root.getAsJsonObject();
        checkKeys(top, TOP_KEYS, "");
        if (!top.has("targets")) {
            throw fail("missing required key 'targets'");
        }
        try {
            ComponentSettings generator = top.has("generator") ? component(top.get("generator"), "generator") : null;
            String model = optString(top, "model");
            catalogue = catalogues.catalogue(generator == null ? Recipe.DEFAULT_GENERATOR : generator.id(),
                    model == null || model.isBlank() ? Recipe.DEFAULT_MODEL : model);
            return new Recipe(
                    optString(top, "name"),
                    optString(top, "description"),
                    model,
                    optString(top, "data"),
                    top.has("seed") ? integer(top.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE) : 0L,
                    top.has("starts_per_candidate")
                            ? (int) integer(top.get("starts_per_candidate"), "starts_per_candidate", 1, Recipe.MAX_STARTS)
                            : 16,
                    outputDir(optString(top, "output_dir")),
                    generator,
                    top.has("optimizer") ? component(top.get("optimizer"), "optimizer") : null,
                    targets(top.get("targets")),
                    top.has("validators") ? components(top.get("validators"), "validators") : null,
                    top.has("visualizers") ? components(top.get("visualizers"), "visualizers") : null,
                    top.has("sun") ? strings(top.get("sun"), "sun") : null,
                    elements(top, "allowed"), elements(top, "excluded"),
                    top.has("time_limits") ? timeLimits(top.get("time_limits")) : null);
        } catch (RecipeException e) {
            if (e.getMessage().startsWith("recipe " + source)) {
                throw e;
            }
            throw fail(e.getMessage());
        }
    }

    private List<CampaignTarget> targets(JsonElement element) {
        if (!element.isJsonArray() || element.getAsJsonArray().isEmpty()) {
            throw fail("'targets' must be a non-empty array");
        }
        List<CampaignTarget> list = new ArrayList<>();
        JsonArray array = element.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String path = "targets[" + i + "]";
            JsonElement entry = array.get(i);
            if (!entry.isJsonObject()) {
                throw fail(path + " must be an object with 'properties' and 'count'");
            }
            JsonObject obj = entry.getAsJsonObject();
            checkKeys(obj, TARGET_KEYS, path + ".");
            if (!obj.has("properties") || !obj.get("properties").isJsonObject()) {
                throw fail(path + ".properties must be an object such as {\"band_gap\": 1.2}");
            }
            if (!obj.has("count")) {
                throw fail(path + ".count is missing");
            }
            int count = (int) integer(obj.get("count"), path + ".count", 1, CampaignTarget.MAX_COUNT);
            List<TargetSpec> specs = new ArrayList<>();
            for (Map.Entry<String, JsonElement> p : obj.getAsJsonObject("properties").entrySet()) {
                String ppath = path + ".properties." + p.getKey();
                if (p.getKey().startsWith("_")) {
                    continue;
                }
                PropertyInfo info;
                try {
                    info = catalogue.require(p.getKey());
                } catch (TargetSpecException e) {
                    throw fail(ppath + ": " + e.getMessage());
                }
                try {
                    specs.add(target(info, p.getValue(), ppath, p.getKey() + "=" + p.getValue()));
                } catch (TargetSpecException e) {
                    throw fail(ppath + ": " + e.getMessage());
                }
            }
            List<SeedStructure> seeds = obj.has("seeds") ? seeds(obj.get("seeds"), path + ".seeds") : List.of();
            try {
                list.add(new CampaignTarget(new TargetSet(specs), count, seeds));
            } catch (TargetSpecException e) {
                throw fail(path + ": " + e.getMessage());
            }
        }
        return list;
    }

    /** Structure files, read relative to the recipe's folder so that a recipe travels with its seeds. */
    private List<SeedStructure> seeds(JsonElement element, String path) {
        List<String> files = strings(element, path);
        if (files.isEmpty()) {
            throw fail(path + " must name at least one structure file");
        }
        try {
            return SeedFiles.read(folder(), files);
        } catch (RecipeException e) {
            throw fail(path + ": " + e.getMessage());
        }
    }

    /** The recipe's folder when its source names a file, else the working folder. */
    private Path folder() {
        try {
            return Path.of(source).toAbsolutePath().getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A number, a {@code "LOW..HIGH"} string, or {@code {"value"|"min"+"max", "tolerance"}}. */
    private TargetSpec target(PropertyInfo info, JsonElement e, String path, String source) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().contains("..")) {
            return TargetSpec.ofText(info, e.getAsString().trim(), source);
        }
        if (!e.isJsonObject()) {
            double v = number(e, path);
            return TargetSpec.of(info, v, v, info.defaultTolerance(), source);
        }
        JsonObject o = e.getAsJsonObject();
        checkKeys(o, RANGE_KEYS, path + ".");
        double tolerance = o.has("tolerance") ? number(o.get("tolerance"), path + ".tolerance") : info.defaultTolerance();
        if (o.has("value") == (o.has("min") || o.has("max"))) {
            throw fail(path + " must give either \"value\" or both \"min\" and \"max\"");
        }
        if (o.has("value")) {
            double v = number(o.get("value"), path + ".value");
            return TargetSpec.of(info, v, v, tolerance, source);
        }
        if (!o.has("min") || !o.has("max")) {
            throw fail(path + " must give both \"min\" and \"max\"");
        }
        return TargetSpec.of(info, number(o.get("min"), path + ".min"), number(o.get("max"), path + ".max"), tolerance,
                source);
    }

    private List<ComponentSettings> components(JsonElement element, String key) {
        if (!element.isJsonArray()) {
            throw fail("'" + key + "' must be an array of ids or {\"id\": ..., \"settings\": {...}}");
        }
        List<ComponentSettings> list = new ArrayList<>();
        JsonArray array = element.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            list.add(component(array.get(i), key + "[" + i + "]"));
        }
        return list;
    }

    private List<String> strings(JsonElement element, String key) {
        if (!element.isJsonArray()) {
            throw fail("'" + key + "' must be an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonElement e : element.getAsJsonArray()) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw fail("'" + key + "' must be an array of strings, got " + e);
            }
            list.add(e.getAsString());
        }
        return list;
    }

    private Set<String> elements(JsonObject top, String which) {
        if (!top.has("elements")) {
            return Set.of();
        }
        if (!top.get("elements").isJsonObject()) {
            throw fail("'elements' must be an object {\"allowed\": [...], \"excluded\": [...]}");
        }
        JsonObject e = top.getAsJsonObject("elements");
        checkKeys(e, ELEMENT_KEYS, "elements.");
        if (!e.has(which)) {
            return Set.of();
        }
        try {
            return ElementList.parse(strings(e.get(which), "elements." + which));
        } catch (IllegalArgumentException ex) {
            throw fail("elements." + which + ": " + ex.getMessage());
        }
    }

    private ComponentSettings component(JsonElement element, String path) {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            return ComponentSettings.enabled(element.getAsString());
        }
        if (!element.isJsonObject()) {
            throw fail(path + " must be an id string or an object {\"id\": ..., \"settings\": {...}}");
        }
        JsonObject obj = element.getAsJsonObject();
        checkKeys(obj, COMPONENT_KEYS, path + ".");
        String id = optString(obj, "id", path + ".id");
        if (id == null || id.isBlank()) {
            throw fail(path + ".id is missing");
        }
        boolean enabled = true;
        if (obj.has("enabled")) {
            JsonElement e = obj.get("enabled");
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                throw fail(path + ".enabled must be true or false");
            }
            enabled = e.getAsBoolean();
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        if (obj.has("settings")) {
            if (!obj.get("settings").isJsonObject()) {
                throw fail(path + ".settings must be an object");
            }
            for (Map.Entry<String, JsonElement> s : obj.getAsJsonObject("settings").entrySet()) {
                String spath = path + ".settings." + s.getKey();
                if (s.getKey().startsWith("_")) {
                    continue;
                }
                settings.put(s.getKey(), scalar(s.getValue(), spath));
            }
        }
        try {
            return new ComponentSettings(id, enabled, settings);
        } catch (RecipeException e) {
            throw fail(path + ": " + e.getMessage());
        }
    }

    private Object scalar(JsonElement e, String path) {
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isString()) {
                return p.getAsString();
            }
            if (p.isNumber()) {
                return number(e, path);
            }
        }
        throw fail(path + " must be a number, boolean or string");
    }

    private double number(JsonElement e, String path) {
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && e.getAsString().matches("[+-]?(NaN|Infinity|inf)")) {
            // lenient JSON reads a bare NaN/Infinity as this string
            throw fail(path + " must be a finite number, got " + e.getAsString());
        }
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw fail(path + " must be a number, got " + e);
        }
        double v;
        try {
            v = e.getAsDouble();
        } catch (NumberFormatException ex) {
            throw fail(path + " must be a number, got " + e);
        }
        if (!Double.isFinite(v)) {
            throw fail(path + " must be a finite number, got " + e);
        }
        return v;
    }

    private long integer(JsonElement e, String path, long min, long max) {
        double v = number(e, path);
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            throw fail(path + " must be an integer, got " + e);
        }
        long l = e.getAsLong();
        if (l < min || l > max) {
            throw fail(path + " must be between " + min + " and " + max + ", got " + l);
        }
        return l;
    }

    /**
     * A recipe travels between people: its output folder must stay inside the working folder it is run from, so a
     * shared recipe cannot make a run write elsewhere. Only {@code --out} on the command line may name such a path.
     */
    private String outputDir(String dir) {
        if (dir == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(dir).normalize();
        } catch (InvalidPathException e) {
            throw fail("output_dir '" + dir + "' is not a valid path (" + e.getReason() + ")");
        }
        if (path.isAbsolute() || path.startsWith("..") || dir.isBlank()) {
            throw fail("output_dir '" + dir + "' leaves the folder the recipe is run from; name a folder inside it,"
                    + " or pass --out on the command line to write there");
        }
        return dir;
    }

    /** {@code "time_limits": {"validator": 600}}: seconds per role, over the defaults. */
    private TimeLimits timeLimits(JsonElement element) {
        if (!element.isJsonObject()) {
            throw fail("time_limits must be an object of seconds per role (" + String.join(", ", TimeLimits.ROLES) + ")");
        }
        JsonObject limits = element.getAsJsonObject();
        checkKeys(limits, Set.copyOf(TimeLimits.ROLES), "time_limits.");
        TimeLimits t = TimeLimits.DEFAULT;
        for (String role : TimeLimits.ROLES) {
            if (limits.has(role)) {
                double seconds = number(limits.get(role), "time_limits." + role);
                if (!(seconds > 0)) {
                    throw fail("time_limits." + role + " must be positive seconds, got " + seconds);
                }
                t = t.with(role, seconds);
            }
        }
        return t;
    }

    private String optString(JsonObject obj, String key) {
        return optString(obj, key, key);
    }

    private String optString(JsonObject obj, String key, String path) {
        if (!obj.has(key) || obj.get(key).isJsonNull()) {
            return null;
        }
        JsonElement e = obj.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw fail(path + " must be a string");
        }
        return e.getAsString();
    }

    private void checkKeys(JsonObject obj, Set<String> allowed, String prefix) {
        for (String key : obj.keySet()) {
            if (!key.startsWith("_") && !allowed.contains(key)) {
                throw fail("unknown key '" + prefix + key + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private RecipeException fail(String message) {
        return new RecipeException("recipe " + source + ": " + message);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
