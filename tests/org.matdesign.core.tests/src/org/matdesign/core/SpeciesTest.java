package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeciesTest {

    @Test
    void parsesAndPrintsLikePymatgen() {
        assertEquals("Fe2+", Species.of("Fe2+").toString());
        assertEquals(2, Species.of("Fe2+").oxidationState().getAsInt());
        assertEquals(-2, Species.of("O2-").oxidationState().getAsInt());
        assertEquals("Na+", Species.of("Na+").toString());
        assertEquals("Fe3+", Species.of("Fe+3").toString());
        assertEquals("Fe", Species.of("Fe").toString());
        assertTrue(Species.of("Fe").oxidationState().isEmpty());
        assertEquals("Fe0+", new Species(Element.of("Fe"), 0).toString());
        assertEquals("Cl-", new Species(Element.of("Cl"), -1).toString());
    }

    @Test
    void equalityIncludesOxidationState() {
        assertEquals(Species.of("Fe2+"), new Species(Element.of("Fe"), 2));
        assertTrue(!Species.of("Fe2+").equals(Species.of("Fe3+")));
        assertTrue(!Species.of("Fe").equals(new Species(Element.of("Fe"), 0)));
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Species.of("Qq2+"));
        assertTrue(e.getMessage().contains("Qq2+"));
        assertThrows(IllegalArgumentException.class, () -> Species.of("Fe2+x"));
        assertThrows(IllegalArgumentException.class, () -> Species.of(""));
    }
}
