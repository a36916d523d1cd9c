package org.matdesign.cli.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeReader;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Models and reference indexes belong to the campaign: twenty campaigns in a row in one JVM leave no model open and do
 * not grow the heap (a model or a 6,015-structure novelty index kept per campaign would).
 */
class CampaignLifecycleTest {

    private static final String RECIPE = """
            {"seed": SEED, "starts_per_candidate": 1,
             "optimizer": {"id": "meidnet.latent-adam", "settings": {"steps": 1}},
             "targets": [{"properties": {"band_gap": 1.2}, "count": 2}],
             "validators": ["structural_validity", "novelty", "independent_property", "stability_estimate"],
             "visualizers": ["outputs.csv"], "sun": ["structural_validity", "novelty"]}
            """;

    @TempDir
    Path tmp;

    @Test
    void twentyCampaignsInARowDoNotLeak() throws Exception {
        ContributionRegistry registry = ContributionRegistry.await(getClass(), 10_000);
        assertNotNull(registry);
        int openBefore = MeidnetModel.openCount();
        long heapAfterWarmUp = 0;
        for (int i = 0; i < 20; i++) {
            Recipe recipe = RecipeReader.parse(RECIPE.replace("SEED", Integer.toString(i)), "lifecycle.json",
                    PropertyCatalogue.defaults());
            CampaignOutcome o = new Campaign(registry, new CampaignRequest(recipe, tmp.resolve("run" + i), false, null,
                    List.of(), line -> { })).execute(new NullProgressMonitor());
            assertEquals(2, o.results().candidates().size());
            assertTrue(o.results().problems().isEmpty(), o.results().problems().toString());
            assertEquals(openBefore, MeidnetModel.openCount(), "campaign " + i + " left a model open");
            if (i == 4) {
                heapAfterWarmUp = usedHeap();
            }
        }
        long growth = usedHeap() - heapAfterWarmUp;
        assertTrue(growth < 64L << 20, "heap grew by " + (growth >> 20) + " MB over 15 campaigns");
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
