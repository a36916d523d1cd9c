package org.matdesign.cli.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matdesign.cli.tests.design.DesignTestSupport.hasData;
import static org.matdesign.cli.tests.design.DesignTestSupport.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandGroup;
import org.matdesign.cli.design.DesignCommands;
import org.matdesign.cli.tests.design.DesignTestSupport.Result;
import org.matdesign.core.data.DataLocation;

/**
 * design / run / bench design through the installed registry: exit codes, the outputs written, and nothing left behind
 * on failure.
 */
class DesignCommandsTest {

    @TempDir
    static Path shared;
    static Path tinyModel;

    @TempDir
    Path tmp;

    @BeforeAll
    static void tinyModel() throws IOException {
        tinyModel = DesignTestSupport.tinyModel(shared.resolve("tiny-model"));
    }

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
    }

    private Result run(String... argv) {
        List<Command> commands = new ArrayList<>(DesignCommands.all(() -> registry));
        commands.add(new CommandGroup("bench", "benchmarks", DesignCommands.benchmarks(() -> registry)));
        return DesignTestSupport.run(commands, argv);
    }

    @Test
    void unknownPropertyIsAUsageErrorAndWritesNothing() throws IOException {
        Result r = run("design", "--target", "bandgap=1.2", "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown property 'bandgap'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void nanAndImpossibleTargetsAndZeroCountAreUsageErrors() throws IOException {
        assertEquals(2, run("design", "--target", "band_gap=NaN", "--out", tmp.resolve("o").toString()).code());
        assertEquals(2, run("design", "--target", "band_gap=-1", "--out", tmp.resolve("o").toString()).code());
        assertEquals(2, run("design", "--target", "band_gap=inf", "--out", tmp.resolve("o").toString()).code());
        Result zero = run("design", "--target", "band_gap=1.2", "--count", "0", "--out", tmp.resolve("o").toString());
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--count must be at least 1"), zero.err());
        assertEquals(2, run("design", "--target", "band_gap=1.2").code(), "--out is required");
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void missingOrCorruptModelFailsWithOneLineAndLeavesNothing() throws IOException {
        Result missing = run("design", "--target", "band_gap=1.2", "--model", tmp.resolve("nope").toString(), "--out",
                tmp.resolve("o").toString());
        assertEquals(1, missing.code());
        assertTrue(lastLine(missing.err()).contains("cannot load the MEIDNet model"), missing.err());

        Path corrupt = tmp.resolve("corrupt");
        Files.createDirectories(corrupt);
        Files.writeString(corrupt.resolve("model.json"), "{ not json");
        Files.writeString(corrupt.resolve("model.bin"), "garbage");
        Result bad = run("design", "--target", "band_gap=1.2", "--model", corrupt.toString(), "--out",
                tmp.resolve("o").toString());
        assertEquals(1, bad.code());
        assertTrue(lastLine(bad.err()).contains("cannot load the MEIDNet model"), bad.err());
        assertEquals(List.of("corrupt"), names(tmp));
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void settingTyposAndOutOfRangeValuesAreUsageErrorsNamingWhatIsAllowed() throws IOException {
        Result typo = run("design", "--target", "band_gap=1.2", "--set", "meidnet.latent-adam.stepz=3", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, typo.code(), typo.err());
        assertTrue(typo.err().contains("optimizer 'meidnet.latent-adam'") && typo.err().contains("'stepz'")
                && typo.err().contains("steps, learning_rate"), typo.err());
        Result range = run("design", "--target", "band_gap=1.2", "--set", "novelty.angle_tol=400", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, range.code(), range.err());
        assertTrue(range.err().contains("angle_tol") && range.err().contains("[0, 90]"), range.err());
        Path recipe = tmp.resolve("typo.json");
        Files.writeString(recipe, """
                {"targets": [{"properties": {"band_gap": 1.2}, "count": 1}],
                 "validators": [{"id": "stability_estimate", "settings": {"e_above_hul_max": 0.2}}]}
                """);
        Result inRecipe = run("run", recipe.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, inRecipe.code(), inRecipe.err());
        assertTrue(inRecipe.err().contains("'e_above_hul_max'") && inRecipe.err().contains("e_above_hull_max"),
                inRecipe.err());
        Result unknown = run("design", "--target", "band_gap=1.2", "--generator", "cdvae", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no generator 'cdvae' is installed; installed generators: ")
                && unknown.err().contains("meidnet"), unknown.err());
        assertEquals(List.of("typo.json"), names(tmp));
    }

    /** README's main command, shrunk, with a data folder that holds no dataset: the bundle ships what it needs. */
    @Test
    void theBundledModelDesignsWithoutAnyDataset() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-data"));
        String before = System.getProperty(DataLocation.PROPERTY);
        System.setProperty(DataLocation.PROPERTY, empty.toString());
        try {
            Path out = tmp.resolve("readme");
            Result r = run("design", "--target", "band_gap=1.2", "--target", "formation_energy=-0.025", "--count",
                    "2", "--starts", "2", "--steps", "2", "--seed", "1", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().contains("problem"), r.out());
            assertTrue(r.out().contains("training crystals nearby -- OUTSIDE the training data"), r.out());
            String provenance = Files.readString(out.resolve("provenance.json"));
            assertTrue(provenance.contains("perov_5 train split (DatasetSplit seed 42, 6015 crystals)"), provenance);
            assertTrue(provenance.contains("meidnet.model_sha256"), provenance);
            List<String> header = List.of(Files.readAllLines(out.resolve("candidates.csv")).get(0).split(","));
            assertTrue(header.contains("novelty.passed") && header.contains("stability_estimate.value"), header.toString());
        } finally {
            if (before == null) {
                System.clearProperty(DataLocation.PROPERTY);
            } else {
                System.setProperty(DataLocation.PROPERTY, before);
            }
        }
    }

    /** --device gpu where PyTorch sees no GPU fails naming what it looked for; --device cpu is recorded. */
    @Test
    void aGpuThatIsNotThereIsAClearFailureAndTheDeviceIsInTheProvenance() throws IOException {
        String before = System.getProperty("matdesign.device");
        try {
            Path gpu = tmp.resolve("gpu");
            Result r = run("design", "--device", "gpu", "--model", tinyModel.toString(), "--target", "band_gap=1.2",
                    "--count", "1", "--starts", "1", "--steps", "1", "--out", gpu.toString());
            if (r.code() != 0) { // a machine without a CUDA GPU (CI)
                assertEquals(1, r.code(), r.err());
                assertTrue(r.err().contains("gpu:0 was asked for") && r.err().contains("sees no CUDA GPU"), r.err());
                assertFalse(Files.exists(gpu.resolve("candidates.csv")));
            }
            Path cpu = tmp.resolve("cpu");
            r = run("design", "--device", "cpu", "--model", tinyModel.toString(), "--target", "band_gap=1.2",
                    "--count", "1", "--starts", "1", "--steps", "1", "--out", cpu.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.readString(cpu.resolve("provenance.json")).contains("\"meidnet.device\": \"cpu"),
                    Files.readString(cpu.resolve("provenance.json")));
        } finally {
            if (before == null) {
                System.clearProperty("matdesign.device");
            } else {
                System.setProperty("matdesign.device", before);
            }
        }
    }

    /** A validator past its time limit is stopped and named; the design still ends with its outputs. */
    @Test
    void aValidatorPastItsTimeLimitIsReportedAndTheDesignGoesOn() throws IOException {
        Path out = tmp.resolve("limited");
        Result r = run("design", "--target", "band_gap=1.2", "--count", "2", "--starts", "2", "--steps", "2",
                "--validators", "elements,structural_validity,faulty.sleeping", "--time-limit", "validator=0.5",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("validator 'faulty.sleeping' did not finish within 0.5 s while validating 2"
                + " candidates"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("candidates.csv")));
        Result bad = run("design", "--target", "band_gap=1.2", "--time-limit", "painter=5", "--out",
                tmp.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--time-limit 'painter=5': expected ROLE=SECONDS with ROLE one of generator,"
                + " optimizer, validator, visualizer and SECONDS > 0"), bad.err());
    }

    /** A generator that floods the run, a validator and a visualizer that never return are survived and named. */
    @Test
    void aFloodingGeneratorAndAHangingVisualizerAreReportedAndTheDesignGoesOn() throws IOException {
        Path out = tmp.resolve("flooded");
        Result r = run("design", "--target", "band_gap=1.2", "--count", "3", "--starts", "2", "--generator",
                "faulty.flooding", "--optimizer", "none", "--validators", "structural_validity,faulty.sleeping",
                "--visualizers", "outputs.csv,faulty.hanging-visualizer", "--time-limit", "visualizer=1",
                "--time-limit", "validator=1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("generator 'faulty.flooding' returned 1,000,000 candidates where the run asked for"
                + " at most 6 (3 x 2 starts); only the first 6 were kept"), r.err());
        assertTrue(r.err().contains("validator 'faulty.sleeping' did not finish within 1 s"), r.err());
        assertTrue(r.err().contains("visualizer 'faulty.hanging-visualizer' did not finish within 1 s"), r.err());
        assertEquals(7, Files.readAllLines(out.resolve("candidates.csv")).size(), "a header and 6 candidates");
    }

    @Test
    void nonEmptyOutputIsRefusedWithoutOverwrite() throws IOException {
        Path out = tmp.resolve("o");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "user data");
        Result r = run("design", "--target", "band_gap=1.2", "--model", tinyModel.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals(List.of("keep.txt"), names(out));
        assertEquals(List.of("o"), names(tmp));
    }

    @Test
    void unwritableOutputFailsCleanly() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Result r = run("design", "--target", "band_gap=1.2", "--model", tinyModel.toString(), "--out",
                file.resolve("sub").toString());
        assertEquals(1, r.code());
        assertEquals(List.of("a-file"), names(tmp));
    }

    @Test
    void designWritesCsvCifsProvenanceAndReport() throws IOException {
        Assumptions.assumeTrue(hasData(), "needs the shared Perov-5 data");
        Path out = tmp.resolve("run");
        Result r = run("design", "--target", "band_gap=1.2", "--target", "formation_energy=-0.025", "--count", "3",
                "--starts", "2", "--steps", "3", "--seed", "1", "--model", tinyModel.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SUN rate"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("candidates.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        for (String column : List.of("formula", "predicted_band_gap", "independent_property.band_gap",
                "predicted_formation_energy", "independent_property.formation_energy", "structural_validity.passed",
                "charge_neutrality.passed", "uniqueness.passed", "novelty.passed", "stability_estimate.value", "sun")) {
            assertTrue(header.contains(column), "missing column " + column + " in " + header);
        }
        assertEquals(4, csv.size(), "3 candidates + header");
        int idColumn = header.indexOf("id");
        for (String line : csv.subList(1, csv.size())) {
            String id = line.split(",")[idColumn];
            assertTrue(Files.readString(out.resolve(id + ".cif")).contains("_cell_length_a"), id);
            assertTrue(line.endsWith(",true") || line.endsWith(",false"), line);
        }
        String provenance = Files.readString(out.resolve("provenance.json"));
        assertTrue(provenance.contains("\"seed\": 1"), provenance);
        assertTrue(provenance.contains("meidnet.model_sha256"), provenance);
        assertTrue(Files.exists(out.resolve("candidates.json")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
        assertEquals(List.of("run"), names(tmp), "no staging folder left");
    }

    @Test
    void runReadsARecipeAndRejectsABadOne() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"targets\": [{\"properties\": {\"band_gap\": 1.2}, \"count\": 0}]}");
        Result r = run("run", bad.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code(), "a recipe that cannot be run is a usage error");
        assertTrue(r.err().contains("bad.json"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
        assertEquals(2, run("run").code());

        Assumptions.assumeTrue(hasData(), "needs the shared Perov-5 data");
        Path recipe = tmp.resolve("small.json");
        Files.writeString(recipe, """
                {"name": "small", "seed": 2, "starts_per_candidate": 1,
                 "optimizer": {"id": "meidnet.latent-adam", "settings": {"steps": 2}},
                 "targets": [{"properties": {"band_gap": 0.8, "formation_energy": -0.025}, "count": 2},
                             {"properties": {"band_gap": 1.5, "formation_energy": -0.025}, "count": 2}],
                 "validators": ["structural_validity", "charge_neutrality", "uniqueness", "novelty",
                                {"id": "stability_estimate", "settings": {"e_above_hull_max": 0.2}}]}
                """);
        Result ok = run("run", recipe.toString(), "--model", tinyModel.toString(), "--out", tmp.resolve("camp").toString());
        assertEquals(0, ok.code(), ok.err());
        List<String> csv = Files.readAllLines(tmp.resolve("camp").resolve("candidates.csv"));
        assertEquals(5, csv.size(), "2 targets x 2 candidates + header");
        assertTrue(csv.stream().anyMatch(l -> l.contains("band_gap=0.8")) && csv.stream().anyMatch(l -> l.contains("band_gap=1.5")));
    }

    @Test
    void benchDesignPrintsWhatRanAndItsWallTime() {
        Assumptions.assumeTrue(hasData(), "needs the shared Perov-5 data");
        Result r = run("bench", "design", "--count", "1", "--starts", "1", "--steps", "1", "--model",
                tinyModel.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 targets x 1 candidates x 1 starts, 1 Adam steps"), r.out());
        assertTrue(r.out().contains("wall time:"), r.out());
    }
}
