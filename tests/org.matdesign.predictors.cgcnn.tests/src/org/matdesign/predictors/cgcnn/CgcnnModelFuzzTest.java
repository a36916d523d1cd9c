package org.matdesign.predictors.cgcnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.ml.JsonMutator;
import org.matdesign.ml.TensorFileException;

import com.google.gson.JsonParseException;

/**
 * Seeded damage to the committed Perov-5 ensemble's {@code model.json} (its {@code model.bin} kept): every damaged
 * copy either loads and predicts, or is refused with a {@link TensorFileException} naming the file, by an explicit
 * check, within the time bound. The metadata-only check and the full load agree on each copy.
 */
class CgcnnModelFuzzTest {

    /** Overridable (system properties matdesign.fuzz.seed, matdesign.fuzz.mutations) for longer runs. */
    static final long SEED = Long.getLong("matdesign.fuzz.seed", 20261203L);
    static final int MUTATIONS = Integer.getInteger("matdesign.fuzz.mutations", 320);
    static final long TIME_BOUND_NANOS = 10_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void everyDamagedMetadataFileLoadsOrIsRefusedNamingTheFile() throws IOException {
        byte[] original = resource(".json");
        Files.write(dir.resolve("model.bin"), resource(".bin"));
        Path json = dir.resolve("model.json");
        String text = new String(original, StandardCharsets.UTF_8);
        // half of the damage in the metadata object, the rest anywhere (header and tensor table included)
        JsonMutator mutator = new JsonMutator(SEED, text.indexOf("\"metadata\""), text.length());
        int refused = 0;
        int loaded = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        long slowest = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            JsonMutator.Mutation m = mutator.mutate(original);
            Files.write(json, m.bytes());
            String what = "mutation " + i + " (" + m.description() + ")";
            long start = System.nanoTime();
            try {
                String reason = outcome(json, dir.resolve("model.bin"), what);
                if (reason == null) {
                    loaded++;
                } else {
                    refused++;
                    reasons.merge(reason, 1, Integer::sum);
                }
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable t) {
                fail(what + " escaped as " + t, t);
            }
            long took = System.nanoTime() - start;
            slowest = Math.max(slowest, took);
            assertTrue(took < TIME_BOUND_NANOS, what + " took " + took / 1e9 + " s");
        }
        System.out.printf("CGCNN metadata fuzz: %d mutations, %d refused, %d loaded, slowest %.2f s;%n  refusals: %s%n",
                MUTATIONS, refused, loaded, slowest / 1e9, reasons);
        assertTrue(refused > MUTATIONS / 4 && loaded > 10, refused + " refused, " + loaded + " loaded");
    }

    /** Null when the damaged copy loads (and predicts), else the kind of refusal, which must be as described. */
    private String outcome(Path json, Path bin, String what) throws Exception {
        TensorFileException checked = null;
        try {
            CgcnnModel.checkMetadata(dir);
        } catch (TensorFileException ex) {
            checked = ex;
            assertExplicit(ex, json, what);
        }
        if (checked != null) {
            TensorFileException atLoad = assertThrows(TensorFileException.class, () -> CgcnnModel.load(dir).close(),
                    what);
            assertEquals(checked.getMessage(), atLoad.getMessage(), what);
            return kind(checked, json);
        }
        try {
            CgcnnModel.load(dir).close();
        } catch (TensorFileException ex) {
            // only the payload's checksum is left for the full load to find: a damaged sha256 field
            assertExplicit(ex, bin, what);
            assertTrue(ex.getMessage().contains("SHA-256"), what + ": " + ex.getMessage());
            return "SHA-256";
        }
        try (CgcnnPredictor p = new CgcnnPredictor(dir)) {
            p.predict(List.of(CgcnnPredictorTest.cubic("Ba", "Ti", "O")), null);
            p.facts();
            p.properties().forEach(p::unit);
        }
        return null;
    }

    /** The field or check a refusal names: its first words after the file name. */
    static String kind(TensorFileException ex, Path file) {
        String rest = ex.getMessage().substring(file.toString().length()).replaceFirst("^( \\(member m\\d+/\\))?: ", "");
        String[] words = rest.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(2, words.length))).replaceAll("\\[\\d+\\]", "[]")
                .replaceAll("'[^']*'", "'x'");
    }

    /** Names the file first, and comes from a check rather than the safety net around them. */
    static void assertExplicit(TensorFileException ex, Path file, String what) {
        String m = ex.getMessage();
        assertTrue(m.startsWith(file + ": ") || m.startsWith(file + " (member"), what + ": " + m);
        assertTrue(ex.getMessage().lines().count() == 1, what + ": one line, for logs and the command line: "
                + ex.getMessage());
        Throwable cause = ex.getCause();
        assertTrue(cause == null || cause instanceof JsonParseException, what + ": refused by the safety net: " + m);
    }

    private static byte[] resource(String extension) throws IOException {
        try (InputStream in = CgcnnModel.class.getResourceAsStream(CgcnnModel.resource("perov_5", extension))) {
            return in.readAllBytes();
        }
    }
}
