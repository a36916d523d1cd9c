package org.matdesign.models.meidnet.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.models.meidnet.Decoded;
import org.matdesign.models.meidnet.ModelConfig;

/** Hand-built decoder outputs with known chemistry and geometry. */
class PhysicalPenaltyTest {

    private static final double[][] PEROVSKITE = {{0, 0, 0}, {0.5, 0.5, 0.5}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
    private static NDManager manager;
    private static ModelConfig config;
    private static PhysicalPenalty penalty;

    @BeforeAll
    static void start() {
        manager = DjlRuntime.newManager();
        config = DesignTestModels.config();
        penalty = new PhysicalPenalty(config, PenaltySettings.defaults());
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    /** A sharp decoder output: 5 atoms of the given elements at the ideal cubic perovskite sites, edge a. */
    private Decoded cubic(double a, String... elements) {
        int m = config.maxAtoms();
        int e = config.elementCount();
        float[] count = new float[m];
        count[elements.length - 1] = 60f;
        float[] species = new float[m * e];
        float[] frac = new float[m * 3];
        for (int i = 0; i < elements.length; i++) {
            species[i * e + config.elementIndex(elements[i])] = 60f;
            for (int k = 0; k < 3; k++) {
                frac[i * 3 + k] = (float) PEROVSKITE[i][k];
            }
        }
        float[] lattice = config.latticeNorm().normalize(new double[] {a, a, a, 90, 90, 90});
        return new Decoded(manager.create(lattice, new Shape(1, 6)), manager.create(count, new Shape(1, m)),
                manager.create(species, new Shape(1, m, e)), manager.create(frac, new Shape(1, m, 3)),
                manager.zeros(new Shape(1, m, m)), manager.zeros(new Shape(1, m)));
    }

    private static double value(NDArray a) {
        return a.toFloatArray()[0];
    }

    @Test
    void idealBariumTitanateIsPhysical() {
        PhysicalPenalty.Terms t = penalty.compute(cubic(4.0, "Ba", "Ti", "O", "O", "O"));
        assertEquals(0, value(t.distance()), 1e-6, "Ti-O 2.0 A, Ba-O 2.83 A: no short pair");
        assertEquals(0, value(t.charge()), 1e-4, "+2 +4 -2 -2 -2 = 0");
        assertEquals(0, value(t.volume()), 1e-6, "64/5 = 12.8 A^3/atom is inside the window");
        assertEquals(0, value(t.perovskite()), 1e-6, "t = 0.97, mu = 0.59 are inside their windows");
        assertEquals(0, value(t.total()), 1e-4);
    }

    @Test
    void chargeImbalanceIsTheExpectedOxidationSumSquared() {
        // Ba2+ Ti4+ 3 F-: +3 excess charge, whatever states are chosen
        assertEquals(9.0, value(penalty.compute(cubic(4.0, "Ba", "Ti", "F", "F", "F")).charge()), 1e-3);
        // Mn takes 2..7: La3+ Mn(2..7) 3 O2- can be neutral with Mn3+
        assertEquals(0, value(penalty.compute(cubic(4.0, "La", "Mn", "O", "O", "O")).charge()), 1e-4);
    }

    @Test
    void squeezedCellIsPenalisedForDistanceAndVolume() {
        PhysicalPenalty.Terms t = penalty.compute(cubic(2.0, "Ba", "Ti", "O", "O", "O"));
        // minimum-image pairs below 1.5 A: Ti-O 1.0 A (3 pairs), Ba-O and O-O 1.414 A (3 + 3 pairs); Ba-Ti is 1.73 A
        // and the 2.0 A lattice vectors are long enough
        double expected = 3 * Math.pow(1.5 - 1.0, 2) + 6 * Math.pow(1.5 - Math.sqrt(2), 2);
        assertEquals(expected, value(t.distance()), 1e-3);
        assertTrue(value(t.volume()) > 0, "8/5 = 1.6 A^3/atom is below the window");
    }

    @Test
    void badToleranceFactorIsPenalised() {
        // Li on the A site is far too small for a TiO6 framework: t well below 0.8
        PhysicalPenalty.Terms t = penalty.compute(cubic(4.0, "Li", "Nb", "O", "O", "O"));
        double rA = 0.9, rB = 0.78, rX = 1.26; // pymatgen radii (Li+; Nb5+ mean as in element-chemistry.tsv is checked below)
        ElementChemistry chem = ElementChemistry.forVocabulary(config.elements());
        rA = chem.radius("Li");
        rB = chem.radius("Nb");
        rX = chem.radius("O");
        double tol = (rA + rX) / (Math.sqrt(2) * (rB + rX));
        assertTrue(tol < 0.8, "t = " + tol);
        assertEquals(Math.pow(0.80 - tol, 2), value(t.perovskite()), 1e-4);
    }

    @Test
    void rolesPickAnionsAndTheLargerCation() {
        float[] w = {0.1f, 0.0f, 0.9f, 1.0f, 0.8f};
        float[] r = {0.7f, 1.5f, 1.3f, 1.3f, 1.3f};
        float[][] masks = PhysicalPenalty.roles(w, r, 1);
        assertArrayEquals(new float[] {0, 0, 1, 1, 1}, masks[0]);
        assertArrayEquals(new float[] {0, 1, 0, 0, 0}, masks[1]);
        assertArrayEquals(new float[] {1, 0, 0, 0, 0}, masks[2]);
    }

    @Test
    void penaltyHasGradientsWithRespectToTheDecoderOutput() {
        Decoded d = cubic(2.0, "Ba", "Ti", "F", "F", "F");
        d.frac().setRequiresGradient(true);
        d.lattice().setRequiresGradient(true);
        try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
            gc.backward(penalty.compute(d).total().sum());
        }
        float[] gl = d.lattice().getGradient().toFloatArray();
        assertTrue(gl[0] < 0, "growing the cell lowers the penalty: " + gl[0]);
        assertTrue(Float.isFinite(d.frac().getGradient().sum().getFloat()));
    }
}
