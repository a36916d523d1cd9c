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
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.Role;
import org.matdesign.cli.design.DesignCommands;
import org.matdesign.cli.tests.design.DesignTestSupport.Result;
import org.matdesign.core.data.DataLocation;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code matdesign benchmark} through the installed registry: usage errors, a tiny untrained model, the bundled model. */
class BenchmarkCommandTest {

    @TempDir
    static Path shared;
    static Path tinyModel;

    @TempDir
    Path tmp;

    private ContributionRegistry registry;

    @BeforeAll
    static void tinyModel() throws IOException {
        tinyModel = DesignTestSupport.tinyModel(shared.resolve("tiny-model"));
    }

    @BeforeEach
    void obtain() {
        registry = ContributionRegistry.await(getClass(), 10_000);
    }

    private Result run(String... argv) {
        return DesignTestSupport.run(DesignCommands.all(() -> registry), argv);
    }

    @Test
    void unknownDatasetTaskOrModelIsAUsageErrorThatSaysWhatExists() throws IOException {
        Result dataset = run("benchmark", "--dataset", "perov5x", "--out", tmp.resolve("o").toString());
        assertEquals(2, dataset.code());
        assertTrue(dataset.err().contains("unknown dataset 'perov5x'"), dataset.err());
        Assumptions.assumeTrue(hasData(), "needs the shared Perov-5 data");
        Result task = run("benchmark", "--dataset", "perov_5", "--tasks", "recon,sample", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, task.code());
        assertTrue(task.err().contains("unknown task 'sample'"), task.err());
        Result model = run("benchmark", "--dataset", "perov_5", "--model", "cdvae", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, model.code());
        assertTrue(model.err().contains("no model 'cdvae' is installed; installed models: meidnet"), model.err());
        Result setting = run("benchmark", "--dataset", "perov_5", "--set", "modle=x", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, setting.code());
        assertTrue(setting.err().contains("modle"), setting.err());
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void eachDatasetHasItsInstalledPredictorAndOneTrainedOnAnotherIsRefusedBeforeAnythingRuns() throws IOException {
        Map<String, String> trainedOn = Map.of("cgcnn", "perov_5", "cgcnn.mp_20", "mp_20", "cgcnn.carbon_24",
                "carbon_24");
        for (Map.Entry<String, String> e : trainedOn.entrySet()) {
            Contribution c = registry.find(Role.PREDICTOR, e.getKey()).orElseThrow(() -> new AssertionError(
                    e.getKey() + " is not installed: " + registry.contributions(Role.PREDICTOR)));
            List<String> problems = new ArrayList<>();
            try (PropertyPredictor p = c.instance(PropertyPredictor.class, problems::add)
                    .orElseThrow(() -> new AssertionError(problems.toString()))) {
                assertEquals(e.getValue(), p.facts().get(PropertyPredictor.TRAINING_DATASET), e.getKey());
            }
        }
        Assumptions.assumeTrue(DataLocation.find().map(d -> Files.isDirectory(d.resolve("mp_20"))).orElse(false),
                "needs the shared MP-20 data");
        Result r = run("benchmark", "--dataset", "mp_20", "--tasks", "gen", "--samples", "4", "--valid-samples", "2",
                "--predictor", "cgcnn", "--set", "model=" + tinyModel, "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("predictor 'cgcnn' was trained on perov_5, not mp_20"), r.err());
        assertTrue(r.err().contains("such as cgcnn.mp_20 (the default)"), r.err());
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void reconstructionWritesMetricsAndAReportBesideThePublishedFigures() throws IOException {
        Assumptions.assumeTrue(hasData(), "needs the shared Perov-5 data");
        Path out = tmp.resolve("bench");
        Result r = run("benchmark", "--dataset", "perov_5", "--tasks", "recon", "--set", "model=" + tinyModel,
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("metrics.json", "report.html"), names(out));
        JsonObject metrics = JsonParser.parseString(Files.readString(out.resolve("metrics.json"))).getAsJsonObject();
        JsonObject m = metrics.getAsJsonObject("metrics");
        assertEquals(761, m.get("recon.crystals").getAsInt(), "the whole seeded test split");
        double rate = m.get("recon.match_rate").getAsDouble();
        assertTrue(rate >= 0 && rate < 0.5, "an untrained model reconstructs little: " + rate);
        assertFalse(m.has("gen.valid"), "generation was not asked for");
        assertTrue(metrics.getAsJsonObject("facts").get("dataset").getAsString().contains("761 test"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Reconstruction</h2>"), "report has the reconstruction table");
        assertTrue(html.contains("0.9752"), "CDVAE's published Perov-5 match rate stands beside ours");
        assertTrue(html.contains("11,356"), "the report says the official training split differs from ours");
        assertTrue(r.out().contains("recon.match_rate = "), r.out());
    }

    @Test
    void generationAndOptimisationOfTheBundledModelAreJudgedByTheIndependentPredictor() throws IOException {
        Assumptions.assumeTrue(hasData(), "needs the shared Perov-5 data");
        Path out = tmp.resolve("bench");
        Result r = run("benchmark", "--dataset", "perov_5", "--tasks", "gen,opt", "--samples", "60",
                "--valid-samples", "20", "--starts", "4", "--predictor", "composition-mlp", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains(".failed"), r.out());
        JsonObject m = JsonParser.parseString(Files.readString(out.resolve("metrics.json"))).getAsJsonObject()
                .getAsJsonObject("metrics");
        assertEquals(60, m.get("gen.samples").getAsInt());
        for (String rate : List.of("gen.valid", "gen.struct_validity", "gen.comp_validity", "gen.cov_r", "gen.cov_p",
                "opt.sr5", "opt.sr10", "opt.sr15")) {
            double v = m.get(rate).getAsDouble();
            assertTrue(v >= 0 && v <= 1, rate + " = " + v);
        }
        assertTrue(m.get("gen.valid").getAsDouble() > 0.5, "the trained model decodes mostly valid crystals");
        assertTrue(m.has("gen.wdist_formation_energy"), "property distance from the independent predictor");
        assertTrue(m.get("opt.sr5").getAsDouble() <= m.get("opt.sr15").getAsDouble(), "SR5 <= SR15");
        assertTrue(m.get("opt.threshold_p5").getAsDouble() < m.get("opt.threshold_p15").getAsDouble());
        assertEquals(4, m.get("opt.starts").getAsInt());
        assertFalse(m.has("recon.match_rate"), "reconstruction was not asked for");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Generation</h2>") && html.contains("<h2>Property optimisation</h2>"));
        assertTrue(html.contains("<svg"), "distributions are drawn");
    }
}
