package org.matdesign.cli.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Command;
import org.matdesign.cli.design.DesignCommands;
import org.matdesign.cli.tests.design.DesignTestSupport.Result;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifWriter;

/**
 * {@code design --from seed.cif} with the bundled model on a cubic perovskite the test writes, and a recipe whose
 * target lists its seeds: every candidate reports its seed, RMS and composition change, a narrow trust region keeps
 * the designs close to the seed, and bad seeds are refused with the file named.
 */
class DesignFromSeedTest {

    @TempDir
    Path tmp;

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
    }

    private Result run(String... argv) {
        return DesignTestSupport.run(new ArrayList<Command>(DesignCommands.all(() -> registry)), argv);
    }

    private Path seed(String name, String a, String b, double edge) throws IOException {
        Structure s = Structure.of(Lattice.fromParameters(edge, edge, edge, 90, 90, 90),
                List.of(Species.of(a), Species.of(b), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
        Path file = tmp.resolve(name);
        Files.writeString(file, CifWriter.write(s));
        return file;
    }

    /** The seed_similarity detail of every candidate row. */
    private static List<String> similarity(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("candidates.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(header.contains("seed_similarity.value"), header.toString());
        return lines.subList(1, lines.size());
    }

    @Test
    void designsNearASeedAndReportsHowFarEachCandidateMoved() throws IOException {
        Path seed = seed("SrTiO3.cif", "Sr", "Ti", 3.905);
        Path near = tmp.resolve("near");
        Result r = run("design", "--from", seed.toString(), "--target", "band_gap=1.5..2.5", "--count", "3",
                "--starts", "4", "--steps", "20", "--trust-radius", "0.05", "--out", near.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("3 candidates from 1 seed structure(s), trust region 0.050 rad"), r.err());
        List<String> rows = similarity(near);
        assertEquals(3, rows.size(), String.join("\n", rows));
        int aligned = 0;
        for (String row : rows) {
            assertTrue(row.contains("from seed 'SrTiO3.cif'"), row);
            assertTrue(row.contains("same composition (SrTiO3)") || row.contains("SrTiO3 -> "), row);
            aligned += row.contains("framework RMS 0.") ? 1 : 0;
        }
        // within 0.05 rad of the seed's latent the decoder rebuilds a perovskite framework: the designs align with it
        assertTrue(aligned >= 2, "designs near the seed keep its framework:\n" + String.join("\n", rows));
        assertTrue(Files.readString(near.resolve("provenance.json")).contains("SrTiO3.cif"),
                "the provenance names the seed");
    }

    @Test
    void aRecipeDesignsFromItsListOfSeedsReadBesideIt() throws IOException {
        seed("SrTiO3.cif", "Sr", "Ti", 3.905);
        seed("BaZrO3.cif", "Ba", "Zr", 4.19);
        Path recipe = tmp.resolve("seeded.json");
        Files.writeString(recipe, """
                {"name": "seeded", "starts_per_candidate": 2,
                 "optimizer": {"id": "meidnet.latent-adam", "settings": {"steps": 5}},
                 "targets": [{"properties": {"band_gap": 2.0}, "count": 2, "seeds": ["SrTiO3.cif", "BaZrO3.cif"]}]}
                """);
        Path out = tmp.resolve("recipe-out");
        Result r = run("run", recipe.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String table = String.join("\n", similarity(out));
        assertTrue(table.contains("from seed 'SrTiO3.cif'") && table.contains("from seed 'BaZrO3.cif'"),
                "candidate c mod 2 starts from seed c mod 2:\n" + table);
    }

    @Test
    void badSeedsAreRefusedWithTheFileNamed() throws IOException {
        Result missing = run("design", "--from", tmp.resolve("nothing.cif").toString(), "--target", "band_gap=1",
                "--out", tmp.resolve("a").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("--from: seed '") && missing.err().contains("nothing.cif"), missing.err());
        assertFalse(Files.exists(tmp.resolve("a")), "nothing written");

        Result radius = run("design", "--trust-radius", "0.2", "--target", "band_gap=1", "--out",
                tmp.resolve("b").toString());
        assertEquals(2, radius.code(), radius.err());
        assertTrue(radius.err().contains("--trust-radius needs a seed structure"), radius.err());

        Path seed = seed("seed.cif", "Sr", "Ti", 3.905);
        Result other = run("design", "--from", seed.toString(), "--generator", "example.rocksalt", "--optimizer",
                "none", "--target", "band_gap=1", "--out", tmp.resolve("c").toString());
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("does not design from seed structures"), other.err());

        Result unused = run("design", "--from", seed.toString(), "--target", "band_gap=1", "--set",
                "seed_similarity.volume_tol=0.1", "--out", tmp.resolve("e").toString());
        assertEquals(2, unused.code(), unused.err());
        assertTrue(unused.err().contains("'volume_tol'") && unused.err().contains("ltol"),
                "the report aligns every pair, so it declares no pre-filter: " + unused.err());

        Path recipe = tmp.resolve("bad.json");
        Files.writeString(recipe, """
                {"targets": [{"properties": {"band_gap": 2.0}, "count": 1, "seeds": ["missing.cif"]}]}
                """);
        Result bad = run("run", recipe.toString(), "--out", tmp.resolve("d").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("targets[0].seeds") && bad.err().contains("missing.cif"), bad.err());
    }
}
