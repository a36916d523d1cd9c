package org.matdesign.models.meidnet.screening;

import org.matdesign.analysis.validators.HullEstimator;
import org.matdesign.analysis.validators.IndependentPropertySettings;
import org.matdesign.analysis.validators.IndependentPropertyValidator;
import org.matdesign.analysis.validators.StabilityEstimateValidator;
import org.matdesign.analysis.validators.StabilitySettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.SettingsException;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Verdict;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.predictor.CompositionMlpPredictor;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/** One verdict per candidate: energy above the training hull against e_above_hull_max. */
class StabilityEstimateValidatorTest {

    private final List<String> log = new ArrayList<>();

    private RunContext context(TrainingSet training, Map<String, ?> settings) {
        return TestContexts.context(TestContexts.target(Map.of("formation_energy", 0.0), 0.3),
                StabilityEstimateValidator.ID, new StabilitySettings(), settings, training, log::add);
    }

    /** Both validators of the funnel, as a campaign's context holds them; the check asks {@code checkPredictor}. */
    private RunContext withIndependentCheck(TrainingSet training, String checkPredictor) {
        Settings stability = Settings.check(StabilityEstimateValidator.ID, new StabilitySettings().settings(),
                Map.of("predictor", CompositionMlpPredictor.ID));
        Settings check = Settings.check(IndependentPropertyValidator.ID, new IndependentPropertySettings().settings(),
                Map.of("predictor", checkPredictor));
        return new RunContext(TestContexts.target(Map.of("formation_energy", 0.0), 0.3),
                Map.of(StabilityEstimateValidator.ID, stability, IndependentPropertyValidator.ID, check), null,
                new RunResources(TestContexts::predictor), training, log::add);
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
    void badSettingsAreRefusedAndMissingReferencesNamed() {
        SettingsException bad = assertThrows(SettingsException.class,
                () -> context(null, Map.of("e_above_hull_max", "lots")));
        assertTrue(bad.getMessage().contains("stability_estimate") && bad.getMessage().contains("e_above_hull_max"),
                bad.getMessage());
        assertThrows(SettingsException.class, () -> context(null, Map.of("energy_source", "dft")));
        List<Candidate> one = List.of(withEnergy("c", cubic("Ba", "Ti", "O"), 0.0));
        CoreException noData = assertThrows(CoreException.class,
                () -> new StabilityEstimateValidator().validate(one, context(null, Map.of()), null));
        assertTrue(noData.getMessage().contains("training data"), noData.getMessage());
    }

    @Test
    void generatorEnergiesPassOrFailAtTheThreshold() throws Exception {
        TrainingSet train = TestContexts.bundledTrainingSet();
        HullEstimator hull = new HullEstimator(train, "formation_energy");
        Structure batio3 = cubic("Ba", "Ti", "O");
        List<Candidate> candidates = List.of(withEnergy("low", batio3, -5.0), withEnergy("high", batio3, 3.0),
                withEnergy("none", batio3, null));
        double high = hull.eAboveHull(batio3.composition(), 3.0);
        assertTrue(high > 0.1);

        StabilityEstimateValidator v = new StabilityEstimateValidator();
        List<Verdict> out = v.validate(candidates, context(train, Map.of("energy_source", "generator")), null);
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
        List<Verdict> loose = v.validate(candidates.subList(1, 2), context(train,
                Map.of("energy_source", "generator", "e_above_hull_max", high + 0.01)), null);
        assertTrue(loose.get(0).passed());
        List<Verdict> tight = v.validate(candidates.subList(1, 2), context(train,
                Map.of("energy_source", "generator", "e_above_hull_max", high - 0.01)), null);
        assertFalse(tight.get(0).passed());
    }

    @Test
    void independentEnergiesComeFromTheIndependentVerdictWhenItRan() throws Exception {
        TrainingSet train = TestContexts.bundledTrainingSet();
        HullEstimator hull = new HullEstimator(train, "formation_energy");
        IndependentPredictor predictor = IndependentPredictor.loadDefault();
        List<Candidate> candidates = new ArrayList<>();
        double[] expected = new double[5];
        for (int i = 0; i < expected.length; i++) {
            Structure s = train.structures().get(i * 997);
            // the generator's value is deliberately absurd: the independent predictor must be the one used
            candidates.add(withEnergy("c" + i, s, -50.0));
            expected[i] = hull.eAboveHull(s.composition(),
                    predictor.predict(s).get(StabilityEstimateValidator.PROPERTY));
        }
        double[] sorted = expected.clone();
        Arrays.sort(sorted);
        double threshold = sorted[2]; // the median: some pass, some fail

        List<Verdict> out = new StabilityEstimateValidator().validate(candidates,
                context(train, Map.of("e_above_hull_max", threshold)), new NullProgressMonitor());
        int passed = 0;
        for (int i = 0; i < out.size(); i++) {
            Verdict v = out.get(i);
            assertEquals(expected[i], v.value(), 1e-9, candidates.get(i).id());
            assertEquals(expected[i] <= threshold, v.passed(), candidates.get(i).id());
            assertTrue(v.detail().contains("independent predictor") && v.detail().contains(train.size()
                    + " training entries"), v.detail());
            passed += v.passed() ? 1 : 0;
        }
        assertEquals(3, passed);

        // an independent_property verdict carrying a formation energy (and its uncertainty) is used instead of
        // predicting again, when the check asked the same predictor
        Candidate judged = candidates.get(0).withVerdict(IndependentPropertyValidator.ID,
                new Verdict(true, 0, "", Map.of("formation_energy", 2.5), Map.of("formation_energy", 0.05)));
        Verdict reused = new StabilityEstimateValidator().validate(List.of(judged),
                withIndependentCheck(train, CompositionMlpPredictor.ID), null).get(0);
        assertEquals(hull.eAboveHull(judged.structure().composition(), 2.5), reused.value(), 1e-9);
        assertTrue(reused.detail().contains("E_f 2.500 +- 0.050 eV/atom"), reused.detail());
        assertTrue(log.isEmpty(), log.toString());

        // a check that asked another predictor is not reused: the estimate asks its own
        Verdict own = new StabilityEstimateValidator().validate(List.of(judged), withIndependentCheck(train, "cgcnn"),
                null).get(0);
        assertFalse(own.detail().contains("E_f 2.500"), own.detail());
    }

    @Test
    void cancellationStops() throws Exception {
        TrainingSet train = TestContexts.bundledTrainingSet();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new StabilityEstimateValidator().validate(
                List.of(withEnergy("c", cubic("Ba", "Ti", "O"), 0.0)), context(train, Map.of()), cancelled));
    }
}
