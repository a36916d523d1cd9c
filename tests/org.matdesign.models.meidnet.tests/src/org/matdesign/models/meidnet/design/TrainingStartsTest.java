package org.matdesign.models.meidnet.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/** start_from=training: the search begins at the encoded training crystals closest to the target. */
class TrainingStartsTest {

    private static final DesignTarget TARGET = new DesignTarget(List.of(PropertyTarget.value("band_gap", 1.2, 0.5),
            PropertyTarget.value("formation_energy", -0.025, 0.3)), null, null, 4, 2, 1);

    /** A range holding known crystals (data-facts: a gap of 1.5-2.5 eV holds 72, median E_f 0.59 eV/atom). */
    private static final DesignTarget RANGE = new DesignTarget(List.of(new PropertyTarget("band_gap", 1.5, 2.5, 0.5),
            new PropertyTarget("formation_energy", 0.0, 1.2, 0.3)), null, null, 4, 2, 1);

    @Test
    void crystalsInsideTheTargetComeFirstThenByDistance() throws Exception {
        TrainingSet training = MeidnetTrainingSet.ofDefault(MeidnetModel.loadDefault());
        List<Integer> order = TrainingStarts.closest(training, RANGE);
        assertEquals(training.size(), order.size(), "every bundled crystal has both properties");
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            int crystal = i;
            if (RANGE.targets().stream().allMatch(t -> t.distance(training.value(t.name(), crystal)) == 0)) {
                inside.add(i);
            }
        }
        assertFalse(inside.isEmpty(), "some training crystals match the target exactly");
        assertEquals(new java.util.HashSet<>(inside), new java.util.HashSet<>(order.subList(0, inside.size())),
                "the crystals inside the target come first");
        int last = order.get(order.size() - 1);
        assertTrue(RANGE.targets().stream().anyMatch(t -> t.distance(training.value(t.name(), last)) > 1),
                "the farthest is far from it");
    }

    @Test
    void theGeneratorStartsAtTheNearestCrystalsAndTheirDecodingsAreThoseCrystals() throws Exception {
        MeidnetModel model = MeidnetModel.loadDefault();
        TrainingSet training = MeidnetTrainingSet.ofDefault(model);
        List<Candidate> known = generate("training", training);
        float[][] nearest = TrainingStarts.nearest(model, training, TARGET, 8);
        assertEquals(8, known.size(), "4 candidates x 2 starts, all decodable");
        List<Integer> order = TrainingStarts.closest(training, TARGET);
        int sameFormula = 0;
        for (int i = 0; i < known.size(); i++) {
            assertArrayEquals(nearest[i], known.get(i).attribute(MeidnetGenerator.LATENT).orElseThrow(), 1e-6f);
            Structure source = training.structures().get(order.get(i));
            if (source.composition().reducedFormula().equals(known.get(i).structure().composition().reducedFormula())) {
                sameFormula++;
            }
        }
        assertTrue(sameFormula >= 5, "starts on the manifold decode to their crystals: " + sameFormula + " of 8");

        List<Candidate> mixed = generate("mixed", training);
        assertArrayEquals(nearest[0], mixed.get(0).attribute(MeidnetGenerator.LATENT).orElseThrow(), 1e-6f);
        assertArrayEquals(nearest[1], mixed.get(2).attribute(MeidnetGenerator.LATENT).orElseThrow(), 1e-6f,
                "mixed: the first start of each candidate is a crystal, in order");
        List<Candidate> random = generate("random", training);
        assertFalse(java.util.Arrays.equals(nearest[0], random.get(0).attribute(MeidnetGenerator.LATENT)
                .orElseThrow()));
        assertArrayEquals(random.get(1).attribute(MeidnetGenerator.LATENT).orElseThrow(),
                mixed.get(1).attribute(MeidnetGenerator.LATENT).orElseThrow(), "the random starts are the same draws");
    }

    @Test
    void theManifoldPullKeepsSearchedLatentsNearerTheEncodedTrainingCrystals() throws Exception {
        MeidnetModel model = MeidnetModel.loadDefault();
        TrainingSet training = MeidnetTrainingSet.ofDefault(model);
        float[][] anchors = TrainingStarts.encode(model, training.structures().subList(0, 400));
        float[][] starts = LatentSampler.sphere(new java.util.Random(3), 16, model.config().latent());
        SearchSettings d = SearchSettings.defaults();
        SearchSettings settings = new SearchSettings(30, d.learningRate(), d.lambdaPhysical(), d.batchSize(),
                d.penalties());
        Map<String, Double> target = Map.of("band_gap", 2.0, "formation_energy", 0.6);
        float[][] free = new LatentSearch(model, settings).run(starts, target, null, null).latents();
        float[][] pulled = new LatentSearch(model, settings).nearManifold(anchors, 10).run(starts, target, null, null)
                .latents();
        float[][] off = new LatentSearch(model, settings).nearManifold(anchors, 0).run(starts, target, null, null)
                .latents();
        assertArrayEquals(free[0], off[0], "a weight of 0 is the paper's search");
        assertTrue(meanNearestCosine(pulled, anchors) > meanNearestCosine(free, anchors) + 0.02,
                meanNearestCosine(pulled, anchors) + " vs " + meanNearestCosine(free, anchors));
    }

    private static double meanNearestCosine(float[][] z, float[][] anchors) {
        double sum = 0;
        for (float[] a : z) {
            double best = -1;
            for (float[] b : anchors) {
                double dot = 0;
                for (int k = 0; k < a.length; k++) {
                    dot += a[k] * b[k];
                }
                best = Math.max(best, dot);
            }
            sum += best;
        }
        return sum / z.length;
    }

    private static List<Candidate> generate(String from, TrainingSet training) throws Exception {
        Settings settings = Settings.check("meidnet", new MeidnetGeneratorSettings().settings(),
                Map.of("start_from", from));
        List<String> log = new ArrayList<>();
        try (RunResources resources = new RunResources()) {
            RunContext context = new RunContext(TARGET, Map.of(MeidnetGenerator.ID, settings), null, resources,
                    training, log::add);
            return new MeidnetGenerator().generate(context, new NullProgressMonitor());
        }
    }
}
