package org.matdesign.models.meidnet.predictor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matdesign.analysis.fingerprint.MagpieFingerprint;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/** Magpie statistics plus volume per atom and the smallest interatomic distance. */
class PredictorFeaturesTest {

    /** Ideal cubic BaTiO3 with a = 4 Å: 12.8 Å^3 per atom, shortest distance Ti-O = a/2 = 2 Å. */
    static Structure cubicBaTiO3() {
        return Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90),
                List.of(Species.of("Ba"), Species.of("Ti"), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {.5, .5, .5}, new double[] {.5, .5, 0},
                        new double[] {.5, 0, .5}, new double[] {0, .5, .5}));
    }

    @Test
    void magpieThenVolumePerAtomThenMinimumDistance() {
        Structure s = cubicBaTiO3();
        double[] f = PredictorFeatures.of(s);
        assertEquals(134, PredictorFeatures.LENGTH);
        assertEquals(PredictorFeatures.LENGTH, f.length);
        assertArrayEquals(MagpieFingerprint.of(s.composition()), Arrays.copyOf(f, MagpieFingerprint.LENGTH), 0.0);
        assertEquals(12.8, f[MagpieFingerprint.LENGTH], 1e-9);
        assertEquals(2.0, f[MagpieFingerprint.LENGTH + 1], 1e-9);
    }

    @Test
    void distanceIsClippedAtTenAndMissingForOneAtom() {
        Structure sparse = Structure.of(Lattice.fromParameters(30, 30, 30, 90, 90, 90),
                List.of(Species.of("Na"), Species.of("Cl")), List.of(new double[] {0, 0, 0}, new double[] {.5, .5, .5}));
        assertTrue(sparse.minimumDistance() > 10);
        assertEquals(10.0, PredictorFeatures.of(sparse)[MagpieFingerprint.LENGTH + 1]);
        assertEquals(27000 / 2.0, PredictorFeatures.of(sparse)[MagpieFingerprint.LENGTH], 1e-6);

        Structure single = Structure.of(Lattice.fromParameters(3, 3, 3, 90, 90, 90), List.of(Species.of("Cu")),
                List.of(new double[] {0, 0, 0}));
        assertTrue(Double.isNaN(PredictorFeatures.of(single)[MagpieFingerprint.LENGTH + 1]));
    }
}
