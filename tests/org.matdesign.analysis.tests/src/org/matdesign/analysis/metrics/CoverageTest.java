package org.matdesign.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matdesign.analysis.metrics.Coverage.Fingerprints;
import org.matdesign.analysis.metrics.Coverage.Thresholds;

class CoverageTest {

    private static Fingerprints fp(double s, double c) {
        return new Fingerprints(new double[] {s}, new double[] {c});
    }

    /**
     * Generated g1 (0, 0), g2 (1, 0) and one crystal without fingerprints; reference r1 (0.1, 3), r2 (5, 0); deltas
     * 0.2 / 4. r1: min D_s 0.1, min D_c 3 -> covered; r2: min D_s 4 -> not. g1: min D_s 0.1 (to r1), min D_c 0 (to r2)
     * -> counted although no single reference is near in both (CDVAE takes the minima separately); g2: min D_s 0.9.
     */
    @Test
    void handCheckedCase() {
        List<Fingerprints> gen = Arrays.asList(fp(0, 0), fp(1, 0), null);
        List<Fingerprints> ref = List.of(fp(0.1, 3), fp(5, 0));
        Coverage c = Coverage.compute(gen, ref, new Thresholds(0.2, 4));
        assertEquals(0.5, c.covRecall(), 1e-12);
        assertEquals(1.0 / 3, c.covPrecision(), 1e-12);
        assertEquals((0.1 + 4) / 2, c.amsdRecall(), 1e-12);
        assertEquals((0.1 + 0.9) / 2, c.amsdPrecision(), 1e-12);
        assertEquals((3 + 0) / 2.0, c.amcdRecall(), 1e-12);
        assertEquals(0, c.amcdPrecision(), 1e-12);
    }

    @Test
    void thresholdsPerDataset() {
        assertEquals(new Thresholds(0.2, 4), Thresholds.forDataset("perov_5"));
        assertEquals(new Thresholds(0.2, 4), Thresholds.forDataset("carbon_24"));
        assertEquals(new Thresholds(0.4, 10), Thresholds.forDataset("mp_20"));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.forDataset("qm9"));
    }

    @Test
    void meanPairwiseDistanceOfThreePoints() {
        // (0,0), (3,4), (0,4): distances 5, 3, 4 -> mean 4
        double[][] fps = {{0, 0}, {3, 4}, {0, 4}};
        assertEquals(4.0, GenerationMetrics.meanPairwiseDistance(fps), 1e-12);
    }
}
