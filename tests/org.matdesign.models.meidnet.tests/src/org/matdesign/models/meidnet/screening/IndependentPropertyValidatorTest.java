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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/** Pass when every targeted property predicted by the independent predictor lies within the target's tolerance. */
class IndependentPropertyValidatorTest {

    private static final Structure BATIO3 = StabilityEstimateValidatorTest.cubic("Ba", "Ti", "O");
    private static final Structure SRZRS3 = StabilityEstimateValidatorTest.cubic("Sr", "Zr", "S");

    private static RunContext context(DesignTarget target) {
        return TestContexts.context(target, IndependentPropertyValidator.ID, new IndependentPropertySettings(), Map.of(), null,
                m -> { });
    }

    /** Band gap and formation energy targets with tolerances 0.5 eV and 0.3 eV/atom (the catalogue's defaults). */
    private static DesignTarget target(double bandGap, double formationEnergy) {
        return target(bandGap, 0.5, formationEnergy, 0.3);
    }

    private static DesignTarget target(double bandGap, double gapTolerance, double formationEnergy, double efTolerance) {
        return new DesignTarget(List.of(PropertyTarget.value("band_gap", bandGap, gapTolerance),
                PropertyTarget.value("formation_energy", formationEnergy, efTolerance)), null, null, 1, 1, 1);
    }

    private static List<Verdict> validate(List<Structure> structures, DesignTarget target) throws CoreException {
        List<Candidate> candidates = structures.stream().map(s -> Candidate.of("c", s, "test")).toList();
        return new IndependentPropertyValidator().validate(candidates, context(target), new NullProgressMonitor());
    }

    @Test
    void valueIsTheWorstDistanceInTolerancesAndPassesUpToOne() throws Exception {
        Map<String, Double> p = IndependentPredictor.loadDefault().predict(BATIO3);
        double gap = p.get("band_gap");
        double ef = p.get("formation_energy");

        // 0.4/0.5 = 0.8 and 0.15/0.3 = 0.5 -> 0.8, pass; the predictions travel in the verdict
        Verdict near = validate(List.of(BATIO3), target(gap + 0.4, ef - 0.15)).get(0);
        assertTrue(near.passed());
        assertEquals(0.8, near.value(), 1e-9);
        assertEquals(p, near.properties());
        assertTrue(near.detail().contains("band_gap=") && near.detail().contains("formation_energy="), near.detail());

        // 0.6/0.5 = 1.2 -> fail; a tolerance of 1.0 makes it 0.6 -> pass
        Verdict far = validate(List.of(BATIO3), target(gap + 0.6, ef)).get(0);
        assertFalse(far.passed());
        assertEquals(1.2, far.value(), 1e-9);
        Verdict widened = validate(List.of(BATIO3), target(gap + 0.6, 1.0, ef, 0.3)).get(0);
        assertTrue(widened.passed());
        assertEquals(0.6, widened.value(), 1e-9);

        // a range containing the prediction is a hit at distance 0
        DesignTarget range = new DesignTarget(List.of(new PropertyTarget("band_gap", gap - 1, gap + 1, 0.01)), Set.of(),
                Set.of(), 1, 1, 1);
        Verdict inside = validate(List.of(BATIO3), range).get(0);
        assertTrue(inside.passed());
        assertEquals(0.0, inside.value());
    }

    @Test
    void oneVerdictPerCandidateInInputOrder() throws Exception {
        IndependentPredictor predictor = IndependentPredictor.loadDefault();
        double gap = predictor.predict(BATIO3).get("band_gap");
        double otherGap = predictor.predict(SRZRS3).get("band_gap");
        DesignTarget onlyGap = DesignTarget.of(Map.of("band_gap", gap), 1, 1, 1);
        onlyGap = new DesignTarget(List.of(PropertyTarget.value("band_gap", gap, 0.5)), null, null, 1, 1, 1);
        List<Verdict> out = validate(List.of(BATIO3, SRZRS3, BATIO3), onlyGap);
        assertEquals(3, out.size());
        assertEquals(0.0, out.get(0).value(), 1e-12);
        assertTrue(out.get(0).passed());
        assertEquals(Math.abs(otherGap - gap) / 0.5, out.get(1).value(), 1e-9);
        assertEquals(out.get(1).value() <= 1.0, out.get(1).passed());
        assertEquals(out.get(0), out.get(2));
        assertEquals(List.of(), validate(List.of(), onlyGap));
    }

    @Test
    void propertiesThePredictorDoesNotKnowAreNotChecked() throws Exception {
        Map<String, Double> unknown = new LinkedHashMap<>();
        unknown.put("bulk_modulus", 1000.0);
        Verdict v = validate(List.of(BATIO3), TestContexts.target(unknown, 1)).get(0);
        assertTrue(v.passed());
        assertEquals(0.0, v.value());
    }

    @Test
    void cancellationStops() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new IndependentPropertyValidator()
                .validate(List.of(Candidate.of("c", BATIO3, "t")), context(target(1, 0)), cancelled));
    }
}
