package org.matdesign.models.meidnet;

import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic crystals and tiny model configurations for fast tests. */
final class TestCrystals {

    static final List<String> ELEMENTS = List.of("O", "N", "F", "Ti", "Ba", "Sr", "La");

    private TestCrystals() {
    }

    static ModelConfig tinyConfig(FusionMode fusion) {
        return ModelConfig.defaults("test", ELEMENTS, ModelConfig.perov5Properties(), fusion)
                .withSizes(16, 16, 3, 32, 8).withMaxAtoms(8);
    }

    /** A distorted ABX3 perovskite in a cubic-ish cell. */
    static Structure perovskite(Random r) {
        double a = 3.6 + r.nextDouble();
        Lattice lattice = Lattice.fromParameters(a, a * (1 + 0.02 * r.nextDouble()), a, 90, 90, 90);
        String[] cations = {"Ba", "Sr", "La", "Ti"};
        List<Species> species = List.of(Species.of(cations[r.nextInt(4)]), Species.of("Ti"), Species.of("O"),
                Species.of(r.nextBoolean() ? "O" : "N"), Species.of("O"));
        double[][] ideal = {{0, 0, 0}, {.5, .5, .5}, {.5, .5, 0}, {.5, 0, .5}, {0, .5, .5}};
        List<double[]> frac = new ArrayList<>();
        for (double[] p : ideal) {
            frac.add(new double[] {p[0] + 0.03 * r.nextGaussian(), p[1] + 0.03 * r.nextGaussian(),
                    p[2] + 0.03 * r.nextGaussian()});
        }
        return Structure.of(lattice, species, frac);
    }

    /** A general triclinic crystal with six atoms. */
    static Structure triclinic() {
        Lattice lattice = Lattice.fromParameters(4.1, 5.3, 6.2, 78, 95, 103);
        List<Species> species = List.of(Species.of("Ba"), Species.of("Ti"), Species.of("O"), Species.of("O"),
                Species.of("N"), Species.of("F"));
        List<double[]> frac = List.of(new double[] {0.1, 0.2, 0.3}, new double[] {0.55, 0.45, 0.6},
                new double[] {0.9, 0.1, 0.75}, new double[] {0.35, 0.8, 0.05}, new double[] {0.6, 0.95, 0.4},
                new double[] {0.2, 0.6, 0.85});
        return Structure.of(lattice, species, frac);
    }
}
