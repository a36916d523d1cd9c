package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeaturizerTest {

    private final Featurizer featurizer = new Featurizer(TestCrystals.tinyConfig(FusionMode.EARLY));

    private static Structure cubic(double shift, boolean swapAnions) {
        Lattice l = Lattice.fromParameters(4, 4, 4, 90, 90, 90);
        List<Species> sp = swapAnions
                ? List.of(Species.of("O"), Species.of("Ti"), Species.of("O"), Species.of("Ba"), Species.of("O"))
                : List.of(Species.of("Ba"), Species.of("Ti"), Species.of("O"), Species.of("O"), Species.of("O"));
        double[][] f = swapAnions
                ? new double[][] {{.5, .5, 0}, {.5, .5, .5}, {.5, 0, .5}, {0, 0, 0}, {0, .5, .5}}
                : new double[][] {{0, 0, 0}, {.5, .5, .5}, {.5, .5, 0}, {.5, 0, .5}, {0, .5, .5}};
        return Structure.of(l, sp, java.util.Arrays.stream(f)
                .map(p -> new double[] {p[0] + shift, p[1] + shift, p[2] + shift}).toList());
    }

    @Test
    void canonicalOrderAndOriginDoNotDependOnTheInputDescription() {
        CrystalFeatures a = featurizer.featurize(cubic(0, false));
        CrystalFeatures b = featurizer.featurize(cubic(0.31, true));
        assertArrayEquals(a.species(), b.species());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.frac()[i], b.frac()[i], 1e-5f, "site " + i);
        }
        // ABX3: the two cations first (heavier first), anions last; origin on Ba
        List<String> e = TestCrystals.ELEMENTS;
        assertEquals("Ba", e.get(a.species()[0]));
        assertEquals("Ti", e.get(a.species()[1]));
        assertEquals("O", e.get(a.species()[4]));
        assertArrayEquals(new float[] {0, 0, 0}, a.frac()[0], 1e-6f);
    }

    @Test
    void adjacencyUsesPeriodicDistances() {
        CrystalFeatures a = featurizer.featurize(cubic(0, false));
        // Ba at the origin and O at (0.5,0.5,0) are 2.83 A apart; every pair in a 4 A cell is within 4 A
        assertTrue(a.adjacency()[0][2]);
        assertTrue(!a.adjacency()[0][0]);
        assertEquals(4.0, a.latticeParameters()[0], 1e-9);
    }

    @Test
    void unknownElementsAndTooManyAtomsAreRejectedByName() {
        Structure withCu = Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90), List.of(Species.of("Cu")),
                List.<double[]>of(new double[] {0, 0, 0}));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> featurizer.featurize(withCu));
        assertTrue(ex.getMessage().contains("Cu"), ex.getMessage());
        Structure big = cubic(0, false).supercell(2, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> featurizer.featurize(big));
    }
}
