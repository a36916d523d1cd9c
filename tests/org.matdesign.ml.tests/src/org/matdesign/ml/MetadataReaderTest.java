package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict field reading, format tags and shape plans: the shared checks every model loader builds on. */
class MetadataReaderTest {

    private static MetadataReader reader(String json) {
        return MetadataReader.of(JsonParser.parseString(json).getAsJsonObject(), "f.json", "metadata");
    }

    private static void refused(Executable read, String message) {
        TensorFileException ex = assertThrows(TensorFileException.class, read);
        assertEquals(message, ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-1", "0", "2147483648", "1e308", "\"7\"", "NaN", "Infinity", "null", "[]", "{}",
        "true", "1e999999999", "123456789012345678901234567890123456789012345"})
    void anIntegerMustBeAWholeNumberInRange(String value) {
        TensorFileException ex = assertThrows(TensorFileException.class,
                () -> reader("{\"n\": " + value + "}").integer("n", 1, Integer.MAX_VALUE));
        assertTrue(ex.getMessage().startsWith("f.json: metadata.n "), ex.getMessage());
        assertTrue(ex.getMessage().contains("missing") || ex.getMessage().contains("expected a whole number from 1 to "
                + Integer.MAX_VALUE), ex.getMessage());
    }

    @Test
    void wholeNumbersInAnyNotationAreRead() throws TensorFileException {
        assertEquals(128, reader("{\"n\": 128}").integer("n", 1, 1000));
        assertEquals(128, reader("{\"n\": 128.0}").integer("n", 1, 1000));
        assertEquals(100, reader("{\"n\": 1e2}").integer("n", 1, 1000));
        assertEquals(Long.MAX_VALUE, reader("{\"n\": 9223372036854775807}").integer("n", 0L, Long.MAX_VALUE));
    }

    @Test
    void numbersMustBeFiniteAndStatisticsPositive() throws TensorFileException {
        refused(() -> reader("{\"s\": NaN}").finite("s"), "f.json: metadata.s is \"NaN\", not a number");
        refused(() -> reader("{\"s\": \"0.5\"}").finite("s"), "f.json: metadata.s is \"0.5\", not a number");
        refused(() -> reader("{\"s\": 1e999}").finite("s"), "f.json: metadata.s is 1e999, not a finite number");
        refused(() -> reader("{\"s\": 0}").positive("s"), "f.json: metadata.s is 0.0, must be > 0");
        refused(() -> reader("{\"s\": -1e-3}").nonNegative("s"), "f.json: metadata.s is -0.001, must be >= 0");
        refused(() -> reader("{}").positive("s"), "f.json: metadata.s is missing");
        assertEquals(0.5, reader("{\"s\": 0.5}").positive("s"));
    }

    @Test
    void namesMustBeNonEmptyAndDistinct() throws TensorFileException {
        refused(() -> reader("{\"p\": [\"a\", \"\"]}").names("p", 8, 20), "f.json: metadata.p[1] is empty");
        refused(() -> reader("{\"p\": [\"a\", \"a\"]}").names("p", 8, 20),
                "f.json: metadata.p[1] repeats \"a\" (names must be distinct)");
        refused(() -> reader("{\"p\": []}").names("p", 8, 20), "f.json: metadata.p has 0 entries, expected 1 to 8");
        refused(() -> reader("{\"p\": [\"a\", 3]}").names("p", 8, 20), "f.json: metadata.p[1] is 3, not a string");
        refused(() -> reader("{\"p\": \"a\"}").names("p", 8, 20), "f.json: metadata.p is \"a\", not an array");
        assertEquals(List.of("a", "b"), reader("{\"p\": [\"a\", \"b\"]}").names("p", 8, 20));
    }

    @Test
    void statisticsMustMatchTheirCount() throws TensorFileException {
        refused(() -> reader("{\"m\": [1, 2, 3]}").numbers("m", 2), "f.json: metadata.m has 3 entries, expected 2");
        refused(() -> reader("{\"m\": [1, Infinity]}").numbers("m", 2),
                "f.json: metadata.m[1] is \"Infinity\", not a number");
        assertArrayEquals(new double[] {1, 2}, reader("{\"m\": [1, 2]}").numbers("m", 2));
    }

    @Test
    void nestedObjectsNameTheirPath() throws TensorFileException {
        MetadataReader config = reader("{\"config\": {\"sizes\": [{\"h\": -3}]}}").object("config");
        refused(() -> config.objects("sizes", 1, 1).get(0).integer("h", 1, 10),
                "f.json: metadata.config.sizes[0].h is -3, expected a whole number from 1 to 10");
        refused(() -> reader("{\"config\": 3}").object("config"), "f.json: metadata.config is 3, not an object");
    }

    @Test
    void formatTagsTellAnotherKindFromANewerVersion() throws TensorFileException {
        JsonObject o = new JsonObject();
        ModelFormat.require(o, "format", "kind-1", true, "f.json", "metadata.format"); // absent: current version
        refused(() -> ModelFormat.require(o, "format", "kind-1", false, "f.json", "metadata.format"),
                "f.json: not a kind-1 file (metadata.format is missing)");
        o.addProperty("format", "kind-12");
        refused(() -> ModelFormat.require(o, "format", "kind-1", true, "f.json", "metadata.format"),
                "f.json: metadata.format kind-12 is newer than this build reads (kind-1); load it with the MatDesign"
                        + " version that wrote it");
        o.addProperty("format", "other-1");
        refused(() -> ModelFormat.require(o, "format", "kind-1", true, "f.json", "metadata.format"),
                "f.json: not a kind-1 file (metadata.format is \"other-1\")");
        o.addProperty("format", "kind-0");
        refused(() -> ModelFormat.require(o, "format", "kind-1", true, "f.json", "metadata.format"),
                "f.json: not a kind-1 file (metadata.format is \"kind-0\")");
    }

    @Test
    void aShapePlanAllocatesNothingAndNamesEveryDifference() throws TensorFileException {
        Parameters plan = Parameters.plan();
        assertNull(plan.weight("w", Integer.MAX_VALUE, Integer.MAX_VALUE), "a plan allocates nothing");
        Nn.defineLayerNorm(plan, "n", 4);
        Map<String, long[]> expected = plan.plannedShapes();
        assertArrayEquals(new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE}, expected.get("w"));
        Map<String, long[]> found = new LinkedHashMap<>();
        found.put("w", new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE});
        refused(() -> Parameters.checkShapes(expected, found, "f.json"), "f.json: parameter 'n.gamma' is missing");
        found.put("n.gamma", new long[] {4});
        found.put("n.beta", new long[] {4});
        Parameters.checkShapes(expected, found, "f.json");
        found.put("w", new long[] {3, 4});
        refused(() -> Parameters.checkShapes(expected, found, "f.json"), "f.json: parameter 'w' has shape (3, 4), the"
                + " model's configuration expects (2147483647, 2147483647)");
        found.put("w", new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE});
        found.put("extra", new long[] {1});
        refused(() -> Parameters.checkShapes(expected, found, "f.json"),
                "f.json: tensor 'extra' is not a parameter of this model (its configuration defines 3 parameters)");
    }
}
