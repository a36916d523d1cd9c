package org.matdesign.models.meidnet.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.Verdict;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/** One verdict per candidate: energy above the Perov-5 training hull against e_above_hull_max. */
class StabilityEstimateValidatorTest {

    private final List<String> log = new ArrayList<>();

    private RunContext context(Path data, Map<String, String> settings) {
        return new RunContext(new DesignTarget(Map.of("formation_energy", 0.0), 1, 1, 1),
                Map.of(StabilityEstimateValidator.ID, settings), data, log::add);
    }

    private static Path dataOrSkip() {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve(TrainingReferences.DATASET)),
                "shared data folder with perov_5 not available");
        return data.get();
    }

    static Structure cubic(String a, String b, String x) {
        return Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90),
                List.of(Species.of(a), Species.of(b), Species.of(x), Species.of(x), Species.of(x)),
                List.of(new double[] {0, 0, 0}, new double[] {.5, .5, .5}, new double[] {.5, .5, 0},
                        new double[] {.5, 0, .5}, new double[] {0, .5, .5}));
    }

    private static Candidate withEnergy(String id, Structure s, Double energy) {
        Candidate c = Candidate.of(id, s, "test");
        return energy == null ? c : c.withPredicted(Map.of(StabilityEstimateValidator.PROPERTY, energy));
    }

    @Test
    void settingsAndDataProblemsAreCoreExceptionsNamingTheCause(@TempDir Path empty) {
        StabilityEstimateValidator v = new StabilityEstimateValidator();
        List<Candidate> one = List.of(withEnergy("c", cubic("Ba", "Ti", "O"), 0.0));
        CoreException bad = assertThrows(CoreException.class,
                () -> v.validate(one, context(empty, Map.of("e_above_hull_max", "lots")), null));
        assertTrue(bad.getMessage().contains("stability_estimate") && bad.getMessage().contains("e_above_hull_max"),
                bad.getMessage());
        CoreException noData = assertThrows(CoreException.class, () -> v.validate(one, context(null, Map.of()), null));
        assertTrue(noData.getMessage().contains("no data folder"), noData.getMessage());
        CoreException missing = assertThrows(CoreException.class,
                () -> v.validate(one, context(empty, Map.of()), null));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void generatorEnergiesPassOrFailAtTheThreshold() throws Exception {
        Path data = dataOrSkip();
        HullEstimator hull = new HullEstimator(TrainingReferences.train(data, 42), "heat_all");
        Structure batio3 = cubic("Ba", "Ti", "O");
        List<Candidate> candidates = List.of(withEnergy("low", batio3, -5.0), withEnergy("high", batio3, 3.0),
                withEnergy("none", batio3, null));
        double high = hull.eAboveHull(batio3.composition(), 3.0);
        assertTrue(high > 0.1);

        StabilityEstimateValidator v = new StabilityEstimateValidator();
        List<Verdict> out = v.validate(candidates, context(data, Map.of("energy_source", "generator")), null);
        assertEquals(3, out.size());
        assertTrue(out.get(0).passed());
        assertEquals(hull.eAboveHull(batio3.composition(), -5.0), out.get(0).value(), 1e-9);
        assertTrue(out.get(0).value() < 0);
        assertTrue(out.get(0).detail().contains("generator head"), out.get(0).detail());
        assertFalse(out.get(1).passed());
        assertEquals(high, out.get(1).value(), 1e-9);
        assertFalse(out.get(2).passed());
        assertTrue(Double.isNaN(out.get(2).value()));
        assertTrue(out.get(2).detail().contains("no formation energy prediction"));

        // the threshold setting moves the decision
        List<Verdict> loose = v.validate(candidates.subList(1, 2), context(data,
                Map.of("energy_source", "generator", "e_above_hull_max", Double.toString(high + 0.01))), null);
        assertTrue(loose.get(0).passed());
        List<Verdict> tight = v.validate(candidates.subList(1, 2), context(data,
                Map.of("energy_source", "generator", "e_above_hull_max", Double.toString(high - 0.01))), null);
        assertFalse(tight.get(0).passed());
    }

    @Test
    void independentPredictorEnergiesOnRealCrystals() throws Exception {
        Path data = dataOrSkip();
        List<DatasetRow> train = TrainingReferences.train(data, 42);
        HullEstimator hull = new HullEstimator(train, "heat_all");
        IndependentPredictor predictor = IndependentPredictor.loadDefault();
        List<Candidate> candidates = new ArrayList<>();
        double[] expected = new double[5];
        for (int i = 0; i < expected.length; i++) {
            DatasetRow r = train.get(i * 997);
            // the generator's value is deliberately absurd: the independent predictor must be the one used
            candidates.add(withEnergy(r.id(), r.structure(), -50.0));
            expected[i] = hull.eAboveHull(r.structure().composition(),
                    predictor.predict(r.structure()).get(StabilityEstimateValidator.PROPERTY));
        }
        double[] sorted = expected.clone();
        Arrays.sort(sorted);
        double threshold = sorted[2]; // the median: some pass, some fail

        List<Verdict> out = new StabilityEstimateValidator().validate(candidates,
                context(data, Map.of("e_above_hull_max", Double.toString(threshold))), new NullProgressMonitor());
        assertEquals(candidates.size(), out.size());
        int passed = 0;
        for (int i = 0; i < out.size(); i++) {
            Verdict v = out.get(i);
            assertEquals(expected[i], v.value(), 1e-9, candidates.get(i).id());
            assertEquals(expected[i] <= threshold, v.passed(), candidates.get(i).id());
            assertTrue(v.detail().contains("independent predictor") && v.detail().contains(train.size() + " Perov-5"),
                    v.detail());
            passed += v.passed() ? 1 : 0;
        }
        assertEquals(3, passed);
        assertTrue(log.isEmpty(), log.toString());
    }

    @Test
    void cancellationStops() {
        Path data = dataOrSkip();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new StabilityEstimateValidator().validate(
                List.of(withEnergy("c", cubic("Ba", "Ti", "O"), 0.0)), context(data, Map.of()), cancelled));
    }
}
