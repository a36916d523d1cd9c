package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurriculumTest {

    @Test
    void rampsOverTwoThirdsThenHoldsOne() {
        Curriculum c = new Curriculum(30);
        assertEquals(20, c.rampEpochs());
        assertEquals(0.15, c.gamma(), 1e-12);
        assertEquals(0.0, c.alpha(0), 1e-12);
        assertEquals(1 - Math.exp(-1.5), c.alpha(10), 1e-12);
        assertEquals(1 - Math.exp(-2.85), c.alpha(19), 1e-12);
        assertEquals(1.0, c.alpha(20), 0);
        assertEquals(1.0, c.alpha(29), 0);
    }

    @Test
    void reachesAbout095WhereTheRampEnds() {
        Curriculum c = new Curriculum(300);
        assertEquals(0.95, 1 - Math.exp(-c.gamma() * c.rampEpochs()), 0.001);
    }

    @Test
    void onlyEarlyPlusClRamps() {
        assertEquals(1.0, Curriculum.alpha(FusionMode.EARLY, 0, 10), 0);
        assertEquals(1.0, Curriculum.alpha(FusionMode.LATE, 0, 10), 0);
        assertEquals(0.0, Curriculum.alpha(FusionMode.EARLY_CL, 0, 10), 0);
    }
}
