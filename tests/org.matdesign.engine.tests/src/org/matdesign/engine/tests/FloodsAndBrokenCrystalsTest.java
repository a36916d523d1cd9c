package org.matdesign.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * A run survives contributions that flood it, hand it crystals with atoms on top of each other or NaN coordinates,
 * or write outputs forever: each is reported by id and the run completes with what was sound.
 */
class FloodsAndBrokenCrystalsTest {

    private static final String RECIPE = """
            {"name": "faulty", "seed": 1, "starts_per_candidate": 1,
             "generator": "GENERATOR", "optimizer": OPTIMIZER,
             "targets": [{"properties": {"band_gap": 1.0}, "count": 6},
                         {"properties": {"band_gap": 2.0}, "count": 6}],
             "validators": ["structural_validity", "charge_neutrality"],
             "visualizers": ["outputs.csv", "outputs.json", "faulty.hanging-visualizer"],
             "time_limits": {"visualizer": 1}}
            """;

    @TempDir
    Path tmp;

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
        assertNotNull(registry, "registry service");
    }

    private CampaignOutcome run(String generator, String optimizer, Path out) {
        String json = RECIPE.replace("GENERATOR", generator).replace("OPTIMIZER", optimizer);
        return new Campaign(registry, new CampaignRequest(RecipeReader.parse(json, "faulty.json",
                PropertyCatalogue.defaults()), out, false, null, List.of("test"), null))
                .execute(new NullProgressMonitor());
    }

    @Test
    void aMillionCandidatesAreCutToWhatTheRunAskedForAndAHangingVisualizerIsStopped() {
        long start = System.nanoTime();
        CampaignOutcome o = run("faulty.flooding", "{\"id\": \"none\", \"enabled\": false}", tmp.resolve("flood"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(12, o.results().candidates().size(), "6 per target were kept");
        List<String> problems = o.results().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("generator 'faulty.flooding' returned 1,000,000"
                + " candidates where the run asked for at most 6 (6 x 1 starts); only the first 6 were kept")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("visualizer 'faulty.hanging-visualizer' did not finish"
                + " within 1 s while writing its outputs")), problems.toString());
        assertTrue(Files.exists(o.outputDirectory().resolve("candidates.csv")), "the other outputs were written");
        assertFalse(Files.exists(o.outputDirectory().resolve("never-finished.txt")), "the stopped visualizer's file is gone");
        assertTrue(seconds < 60, "the flood and the 1 s visualizer limit took " + seconds + " s");
    }

    @Test
    void crystalsWithAtomsOnTopOfEachOtherAreDroppedAndNanCoordinatesNeverExist() {
        CampaignOutcome o = run("faulty.overlapping", "\"faulty.nan\"", tmp.resolve("broken"));
        assertEquals(6, o.results().candidates().size(), "the 3 sound crystals of each target went on");
        List<String> problems = o.results().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("generator 'faulty.overlapping' returned 3 candidates"
                + " with atoms on top of each other")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("optimizer 'faulty.nan' failed")
                && p.contains("non-finite coordinate")), problems.toString());
        assertTrue(o.results().candidates().stream().allMatch(c -> c.candidate().structure().minimumDistance() > 1),
                "no overlapping crystal reached the outputs");
    }
}
