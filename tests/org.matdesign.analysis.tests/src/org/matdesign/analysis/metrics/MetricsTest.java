package org.matdesign.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

class MetricsTest {

    @Test
    void wassersteinMatchesScipy() {
        assertEquals(5.0, Wasserstein.distance(new double[] {0, 1, 3}, new double[] {5, 6, 8}), 1e-12);
        assertEquals(2.7, Wasserstein.distance(new double[] {3.4, 3.9, 7.5, 7.8}, new double[] {4.5, 1.4}), 1e-12);
        assertEquals(0.75, Wasserstein.distance(new double[] {1, 1, 2, 5}, new double[] {1, 3}), 1e-12);
        assertEquals(0.0, Wasserstein.distance(new double[] {2, 1}, new double[] {1, 2}), 0);
        assertThrows(IllegalArgumentException.class, () -> Wasserstein.distance(new double[0], new double[] {1}));
    }

    @Test
    void successRatesUseCdvaePercentiles() {
        double[] sr = OptimizationMetrics.successRates(new double[] {0.4, 0.5, 0.7, 0.9},
                OptimizationMetrics.Dataset.parse("perovskite"));
        assertArrayEquals(new double[] {0.25, 0.5, 0.75}, sr, 1e-12);
        assertEquals(OptimizationMetrics.Dataset.MP_20, OptimizationMetrics.Dataset.parse("mp_20"));
        assertThrows(IllegalArgumentException.class, () -> OptimizationMetrics.Dataset.parse("qm9"));
    }

    static Structure perovskite(double a, String x) {
        return Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90),
                List.of(Species.of("Sr"), Species.of("Ti"), Species.of(x), Species.of(x), Species.of(x)),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0.02},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
    }

    @Test
    void reconstructionCountsOnlyValidMatchedPredictions() {
        Structure gt = perovskite(3.9, "O");
        Structure good = perovskite(3.95, "O");
        Structure wrongComposition = perovskite(3.9, "S");
        Structure invalid = Structure.of(gt.lattice(), gt.sites().stream().map(s -> s.species()).toList(),
                List.of(new double[] {0, 0, 0}, new double[] {0.05, 0, 0}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
        ReconstructionMetrics m = ReconstructionMetrics.compute(List.of(good, wrongComposition, invalid),
                List.of(gt, gt, gt), new StructureMatcher());
        assertEquals(3, m.pairs());
        assertEquals(1, m.matched());
        assertEquals(1.0 / 3, m.matchRate(), 1e-12);
        assertTrue(m.meanRms() < 1e-6, "uniform scaling is removed by scale=true: " + m.meanRms());
    }

    @Test
    void generationMetricsOnATinySet() {
        Structure o = perovskite(3.9, "O");
        Structure s = perovskite(4.5, "S");
        Structure nonNeutral = Structure.of(o.lattice(), List.of(Species.of("Na"), Species.of("Na"), Species.of("Cl"),
                Species.of("Cl"), Species.of("Cl")), List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5},
                new double[] {0.5, 0.5, 0}, new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
        GenerationMetrics g = GenerationMetrics.compute(List.of(o, s, nonNeutral), List.of(o, s), 1000, 1);
        assertEquals(3, g.generated());
        assertEquals(2.0 / 3, g.compValid(), 1e-12);
        assertEquals(1.0, g.structValid(), 1e-12);
        assertEquals(2, g.sampled());
        assertEquals(0.0, g.wdistDensity(), 1e-12);
        assertEquals(0.0, g.wdistNumElements(), 1e-12);
        assertTrue(g.compDiversity() > 0);
    }
}
