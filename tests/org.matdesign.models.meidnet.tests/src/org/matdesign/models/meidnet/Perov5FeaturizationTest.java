package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetSplit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** On real Perov-5 rows, the canonical tensors describe the same crystal as the CIF (needs the shared data). */
class Perov5FeaturizationTest {

    @Test
    void canonicalFeaturesRebuildTheSameCrystal() {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && data.get().resolve("perov_5").toFile().isDirectory(),
                "shared data folder not available");
        DatasetSplit split = DatasetSplit.of(data.get().resolve("perov_5"), 42);
        List<Example> test = Example.fromRows(split.test().subList(0, 200), ModelConfig.perov5Properties());
        ModelConfig config = ModelConfig.defaults("perov_5", PreparedData.vocabulary(test),
                ModelConfig.perov5Properties(), FusionMode.EARLY_CL);
        Featurizer featurizer = new Featurizer(config);
        for (Example e : test) {
            CrystalFeatures f = featurizer.featurize(e.structure());
            assertEquals(5, f.size());
            List<Species> species = new ArrayList<>();
            List<double[]> frac = new ArrayList<>();
            for (int i = 0; i < f.size(); i++) {
                species.add(Species.of(config.elements().get(f.species()[i])));
                frac.add(new double[] {f.frac()[i][0], f.frac()[i][1], f.frac()[i][2]});
            }
            Structure rebuilt = Structure.of(Lattice.fromMatrix(f.lattice()), species, frac);
            assertEquals(e.structure().composition(), rebuilt.composition(), e.id());
            assertEquals(e.structure().volume(), rebuilt.volume(), 1e-6, e.id());
            assertArrayEqualsSorted(distances(e.structure()), distances(rebuilt), e.id());
            for (float[] p : f.frac()) {
                for (float v : p) {
                    assertTrue(v >= 0 && v < 1, e.id() + " coordinate " + v + " outside [0,1)");
                }
            }
        }
    }

    private static double[] distances(Structure s) {
        double[][] d = s.distanceMatrix();
        double[] flat = Arrays.stream(d).flatMapToDouble(Arrays::stream).toArray();
        Arrays.sort(flat);
        return flat;
    }

    private static void assertArrayEqualsSorted(double[] a, double[] b, String id) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-4, id + ": minimum-image distances differ");
        }
    }
}
