package org.matdesign.analysis.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

class StructuralValidityTest {

    @Test
    void atomsCloserThanHalfAnAngstromAreInvalid() {
        Structure s = Structure.of(Lattice.fromParameters(5, 5, 5, 90, 90, 90),
                List.of(Species.of("Na"), Species.of("Cl")),
                List.of(new double[] {0, 0, 0}, new double[] {0.06, 0, 0}));
        StructuralValidity.Result r = StructuralValidity.check(s);
        assertFalse(r.valid());
        assertEquals(0.3, r.minDistance(), 1e-9);
        assertFalse(Validity.of(s).valid());
        assertTrue(Validity.of(s).compositional());
    }

    @Test
    void distancesAcrossTheCellBoundaryCount() {
        Structure s = Structure.of(Lattice.fromParameters(5, 5, 5, 90, 90, 90),
                List.of(Species.of("Na"), Species.of("Cl")),
                List.of(new double[] {0.01, 0.5, 0.5}, new double[] {0.97, 0.5, 0.5}));
        assertEquals(0.2, StructuralValidity.check(s).minDistance(), 1e-9);
        assertFalse(StructuralValidity.check(s).valid());
    }

    @Test
    void tinyVolumeIsInvalid() {
        Structure s = Structure.of(Lattice.fromParameters(0.4, 0.4, 0.4, 90, 90, 90),
                List.of(Species.of("C")), List.<double[]>of(new double[] {0, 0, 0}));
        StructuralValidity.Result r = StructuralValidity.check(s);
        assertFalse(r.valid());
        assertEquals(0.064, r.volume(), 1e-12);
    }

    @Test
    void oneAtomCellHasNoPairAndIsValid() {
        Structure s = Structure.of(Lattice.fromParameters(2.5, 2.5, 2.5, 60, 60, 60),
                List.of(Species.of("Cu")), List.<double[]>of(new double[] {0, 0, 0}));
        StructuralValidity.Result r = StructuralValidity.check(s);
        assertTrue(r.valid());
        assertEquals(Double.POSITIVE_INFINITY, r.minDistance());
    }

    @Test
    void rockSaltIsValid() {
        Structure s = Structure.of(Lattice.fromMatrix(new double[][] {{0, 2.82, 2.82}, {2.82, 0, 2.82}, {2.82, 2.82, 0}}),
                List.of(Species.of("Na"), Species.of("Cl")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}));
        Validity v = Validity.of(s);
        assertTrue(v.valid());
        assertEquals(2.82, v.minDistance(), 1e-9);
    }
}
