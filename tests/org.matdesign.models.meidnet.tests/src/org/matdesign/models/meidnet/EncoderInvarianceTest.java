package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure latent must not change under rotation, translation, permutation or another cell choice. */
class EncoderInvarianceTest {

    private static final double TOL = 2e-4;
    private static MeidnetModel model;

    @BeforeAll
    static void createModel() {
        model = MeidnetModel.create(TestCrystals.tinyConfig(FusionMode.EARLY_CL), 5);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static float[] latent(Structure s) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray z = model.encodeStructures(List.of(s));
            return z.toFloatArray();
        }
    }

    private static void assertSameLatent(Structure a, Structure b, String what) {
        float[] za = latent(a);
        float[] zb = latent(b);
        double max = 0;
        for (int i = 0; i < za.length; i++) {
            max = Math.max(max, Math.abs(za[i] - zb[i]));
        }
        assertTrue(max < TOL, what + " changed the latent by " + max);
    }

    private static List<Species> species(Structure s) {
        return s.sites().stream().map(Site::species).toList();
    }

    private static List<double[]> frac(Structure s) {
        return s.sites().stream().map(Site::frac).toList();
    }

    @Test
    void rotationOfTheCartesianFrame() {
        Structure s = TestCrystals.triclinic();
        double t = 0.7;
        double p = -1.1;
        double[][] rz = {{Math.cos(t), -Math.sin(t), 0}, {Math.sin(t), Math.cos(t), 0}, {0, 0, 1}};
        double[][] rx = {{1, 0, 0}, {0, Math.cos(p), -Math.sin(p)}, {0, Math.sin(p), Math.cos(p)}};
        double[][] m = s.lattice().matrix();
        double[][] rotated = new double[3][3];
        for (int i = 0; i < 3; i++) {
            double[] v = apply(rx, apply(rz, m[i]));
            rotated[i] = v;
        }
        assertSameLatent(s, Structure.of(Lattice.fromMatrix(rotated), species(s), frac(s)), "rotation");
    }

    @Test
    void translationOfAllAtoms() {
        Structure s = TestCrystals.triclinic();
        List<double[]> moved = new ArrayList<>();
        for (double[] f : frac(s)) {
            moved.add(new double[] {f[0] + 0.37, f[1] - 0.81, f[2] + 2.26});
        }
        assertSameLatent(s, Structure.of(s.lattice(), species(s), moved), "translation");
    }

    @Test
    void permutationOfAtoms() {
        Structure s = TestCrystals.triclinic();
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        Collections.shuffle(order, new Random(4));
        List<Species> sp = new ArrayList<>();
        List<double[]> f = new ArrayList<>();
        for (int i : order) {
            sp.add(species(s).get(i));
            f.add(frac(s).get(i));
        }
        assertSameLatent(s, Structure.of(s.lattice(), sp, f), "permutation");
    }

    @Test
    void permutationAtTheTensorLevelToo() {
        Featurizer featurizer = model.featurizer();
        CrystalFeatures c = featurizer.featurize(TestCrystals.triclinic());
        int[] perm = {3, 0, 5, 1, 4, 2};
        int[] sp = new int[6];
        float[][] fr = new float[6][];
        for (int i = 0; i < 6; i++) {
            sp[i] = c.species()[perm[i]];
            fr[i] = c.frac()[perm[i]];
        }
        CrystalFeatures permuted = new CrystalFeatures(sp, fr, c.lattice(), c.latticeParameters(), c.adjacency());
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            float[] a = model.encodeFeatures(List.of(c)).toFloatArray();
            float[] b = model.encodeFeatures(List.of(permuted)).toFloatArray();
            for (int i = 0; i < a.length; i++) {
                assertTrue(Math.abs(a[i] - b[i]) < TOL, "tensor-level permutation changed component " + i);
            }
        }
    }

    @Test
    void anotherCellOfTheSameCrystal() {
        Structure s = TestCrystals.triclinic();
        // unimodular M (det 1): new rows L' = M L, fractional coordinates f' = f M^-1
        int[][] m = {{1, 1, 0}, {0, 1, 0}, {1, 1, 1}};
        double[][] inv = {{1, -1, 0}, {0, 1, 0}, {-1, 0, 1}};
        double[][] l = s.lattice().matrix();
        double[][] rows = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < 3; j++) {
                    rows[i][k] += m[i][j] * l[j][k];
                }
            }
        }
        List<double[]> f2 = new ArrayList<>();
        for (double[] f : frac(s)) {
            double[] g = new double[3];
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < 3; j++) {
                    g[k] += f[j] * inv[j][k];
                }
            }
            f2.add(g);
        }
        Structure other = Structure.of(Lattice.fromMatrix(rows), species(s), f2);
        // same crystal: identical Cartesian positions modulo the lattice
        assertTrue(Math.abs(other.volume() - s.volume()) < 1e-6);
        assertSameLatent(s, other, "a unimodular change of cell");
    }

    @Test
    void differentCrystalsGiveDifferentLatents() {
        float[] a = latent(TestCrystals.triclinic());
        float[] b = latent(TestCrystals.perovskite(new Random(1)));
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        assertTrue(diff > 1e-3, "the encoder ignores its input");
    }

    private static double[] apply(double[][] r, double[] v) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i] += r[i][j] * v[j];
            }
        }
        return out;
    }
}
