package org.matdesign.analysis.validity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matdesign.core.Composition;

class ChargeNeutralityTest {

    private static boolean valid(String formula) {
        return ChargeNeutrality.isValid(Composition.parse(formula));
    }

    @Test
    void ordinaryIonicCompoundsAreValid() {
        assertTrue(valid("NaCl"));
        assertTrue(valid("SrTiO3"));
        assertTrue(valid("Fe2O3"));
        assertTrue(valid("Li4P2O7"));
    }

    @Test
    void countsAreReducedByTheirGcd() {
        assertTrue(valid("Na2Cl2"));
        assertTrue(ChargeNeutrality.isValid(Map.of(11, 4, 17, 4)));
    }

    @Test
    void oneOxidationStatePerElementAsInSmact() {
        // SMACT gives every element a single oxidation state, so mixed-valence magnetite is not neutral
        assertFalse(valid("Fe3O4"));
    }

    @Test
    void nonNeutralCompositionsAreInvalid() {
        assertFalse(valid("NaCl2"));
        assertFalse(valid("Na2O3"));
        assertFalse(valid("KF2"));
    }

    @Test
    void singleElementsAndAllMetalAlloysAreValid() {
        assertTrue(valid("C"));
        assertTrue(valid("He"));
        assertTrue(valid("CuZn"));
        assertTrue(valid("Ni3Al"));
    }

    @Test
    void paulingViolationsAreCaught() {
        // H2Cl is neutral only as H(-1) x2 + Cl(+2), but the anion H is less electronegative than the cation Cl
        assertFalse(valid("H2Cl"));
        assertFalse(valid("H3S"));
        // H2S is neutral as H(+1) x2 + S(-2), which passes
        assertTrue(valid("H2S"));
    }

    @Test
    void missingElectronegativityOnACationAnionPairPassesAsInCdvae() {
        // Pm has no Pauling electronegativity: SMACT raises TypeError, CDVAE counts the combination as passing
        assertTrue(valid("H2Pm"));
    }

    @Test
    void elementsWithoutOxidationStatesMakeMixturesInvalid() {
        assertFalse(valid("HeO"));
        assertFalse(valid("NeF2"));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChargeNeutrality.isValid(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ChargeNeutrality.isValid(Map.of(11, 0, 17, 1)));
    }
}
