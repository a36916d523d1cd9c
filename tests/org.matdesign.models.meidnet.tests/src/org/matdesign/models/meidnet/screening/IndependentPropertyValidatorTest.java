package org.matdesign.models.meidnet.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;

/** Pass when every targeted property predicted by the independent predictor lies within its tolerance. */
class IndependentPropertyValidatorTest {

    private static final Structure BATIO3 = StabilityEstimateValidatorTest.cubic("Ba", "Ti", "O");
    private static final Structure SRZRS3 = StabilityEstimateValidatorTest.cubic("Sr", "Zr", "S");

    private static RunContext context(Map<String, Double> target, Map<String, String> settings) {
        return new RunContext(new DesignTarget(target, 1, 1, 1), Map.of(IndependentPropertyValidator.ID, settings),
                null, m -> { });
    }

    private static Map<String, Double> target(double bandGap, double formationEnergy) {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("band_gap", bandGap);
        t.put("formation_energy", formationEnergy);
        return t;
    }

    private static List<Verdict> validate(List<Structure> structures, Map<String, Double> target,
            Map<String, String> settings) throws CoreException {
        List<Candidate> candidates = structures.stream().map(s -> Candidate.of("c", s, "test")).toList();
        return new IndependentPropertyValidator().validate(candidates, context(target, settings),
                new NullProgressMonitor());
    }

    @Test
    void valueIsTheWorstErrorInTolerancesAndPassesUpToOne() throws Exception {
        Map<String, Double> p = IndependentPredictor.loadDefault().predict(BATIO3);
        double gap = p.get("band_gap");
        double ef = p.get("formation_energy");

        // default tolerances 0.5 eV and 0.3 eV/atom: 0.4/0.5 = 0.8 and 0.15/0.3 = 0.5 -> 0.8, pass
        Verdict near = validate(List.of(BATIO3), target(gap + 0.4, ef - 0.15), Map.of()).get(0);
        assertTrue(near.passed());
        assertEquals(0.8, near.value(), 1e-9);
        assertTrue(near.detail().contains("band_gap=") && near.detail().contains("formation_energy="), near.detail());

        // 0.6/0.5 = 1.2 -> fail; widening tolerance_band_gap to 1.0 makes it 0.6 -> pass
        Verdict far = validate(List.of(BATIO3), target(gap + 0.6, ef), Map.of()).get(0);
        assertFalse(far.passed());
        assertEquals(1.2, far.value(), 1e-9);
        Verdict widened = validate(List.of(BATIO3), target(gap + 0.6, ef), Map.of("tolerance_band_gap", "1.0")).get(0);
        assertTrue(widened.passed());
        assertEquals(0.6, widened.value(), 1e-9);

        // tightening the formation-energy tolerance: 0.15/0.1 = 1.5 -> fail
        Verdict tight = validate(List.of(BATIO3), target(gap, ef - 0.15),
                Map.of("tolerance_formation_energy", "0.1")).get(0);
        assertFalse(tight.passed());
        assertEquals(1.5, tight.value(), 1e-9);
    }

    @Test
    void oneVerdictPerCandidateInInputOrder() throws Exception {
        IndependentPredictor predictor = IndependentPredictor.loadDefault();
        double gap = predictor.predict(BATIO3).get("band_gap");
        double otherGap = predictor.predict(SRZRS3).get("band_gap");
        List<Verdict> out = validate(List.of(BATIO3, SRZRS3, BATIO3), Map.of("band_gap", gap), Map.of());
        assertEquals(3, out.size());
        assertEquals(0.0, out.get(0).value(), 1e-12);
        assertTrue(out.get(0).passed());
        assertEquals(Math.abs(otherGap - gap) / 0.5, out.get(1).value(), 1e-9);
        assertEquals(out.get(1).value() <= 1.0, out.get(1).passed());
        assertEquals(out.get(0), out.get(2));
        assertEquals(List.of(), validate(List.of(), Map.of("band_gap", gap), Map.of()));
    }

    @Test
    void propertiesThePredictorDoesNotKnowAreNotChecked() throws Exception {
        Verdict v = validate(List.of(BATIO3), Map.of("bulk_modulus", 1000.0), Map.of()).get(0);
        assertTrue(v.passed());
        assertEquals(0.0, v.value());
    }

    @Test
    void badToleranceSettingsAreRefused() {
        Map<String, Double> t = target(1.0, 0.0);
        CoreException text = assertThrows(CoreException.class,
                () -> validate(List.of(BATIO3), t, Map.of("tolerance_band_gap", "wide")));
        assertTrue(text.getMessage().contains("independent_property") && text.getMessage().contains("tolerance_band_gap"),
                text.getMessage());
        // a zero or negative tolerance would make every candidate pass (negative ratio) or divide by zero
        for (String bad : List.of("0", "-0.5")) {
            CoreException e = assertThrows(CoreException.class,
                    () -> validate(List.of(BATIO3), t, Map.of("tolerance_formation_energy", bad)));
            assertTrue(e.getMessage().contains("tolerance_formation_energy"), e.getMessage());
        }
    }

    @Test
    void cancellationStops() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new IndependentPropertyValidator()
                .validate(List.of(Candidate.of("c", BATIO3, "t")), context(target(1, 0), Map.of()), cancelled));
    }
}
