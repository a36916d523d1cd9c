package org.matdesign.analysis.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matdesign.core.Composition;

class CompositionFingerprintTest {

    @Test
    void magpieStatisticsOfNaClByHand() {
        double[] f = MagpieFingerprint.of(Composition.parse("NaCl"));
        assertEquals(132, f.length);
        // feature 0 = Number: Na 11, Cl 17 at 1/2 each
        assertEquals(11, f[0], 0);
        assertEquals(17, f[1], 0);
        assertEquals(6, f[2], 0);
        assertEquals(14, f[3], 1e-12);
        assertEquals(3, f[4], 1e-12);
        assertEquals(11, f[5], 0, "mode: equal fractions -> smallest value");
    }

    @Test
    void weightedStatisticsAndModeOfFe2O3() {
        double[] f = MagpieFingerprint.of(Composition.parse("Fe2O3"));
        // Number: Fe 26 (0.4), O 8 (0.6)
        assertEquals(0.4 * 26 + 0.6 * 8, f[3], 1e-12);
        double mean = 15.2;
        assertEquals(0.4 * Math.abs(26 - mean) + 0.6 * Math.abs(8 - mean), f[4], 1e-12);
        assertEquals(8, f[5], 0, "mode is the value of the most abundant element");
    }

    @Test
    void missingTableValuesBecomeZeroAfterScaling() {
        // He has no electronegativity (feature 7) in the Magpie tables
        double[] raw = MagpieFingerprint.of(Composition.parse("HeO"));
        assertTrue(Double.isNaN(raw[7 * 6 + 3]));
        double[] scaled = CompositionFingerprint.of(Composition.parse("HeO"));
        assertEquals(0.0, scaled[7 * 6 + 3], 0);
        for (double v : scaled) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void scalerUsesCdvaeConstants() {
        double[] scaled = CompositionFingerprint.of(Composition.parse("NaCl"));
        // first feature: (11 - 21.194441759304013) / 16.35781741152948
        assertEquals((11 - 21.194441759304013) / 16.35781741152948, scaled[0], 1e-12);
        assertEquals(0.0, CompositionFingerprint.distance(scaled, scaled), 0);
    }
}
