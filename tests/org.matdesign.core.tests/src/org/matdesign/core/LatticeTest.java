package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

/** Lattice operations against pymatgen (fixtures/geometry/lattices.json, from make_geometry_fixtures.py). */
class LatticeTest {

    @Test
    void agreesWithPymatgenOnFixtureLattices() {
        int n = 0;
        for (JsonElement e : Fixtures.json("/fixtures/geometry/lattices.json").getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            Lattice l;
            if (o.has("from_parameters")) {
                double[] p = Fixtures.vector(o.get("from_parameters"));
                l = Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
                Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("matrix")), l.matrix(), 1e-12, "from_parameters matrix");
            } else {
                l = Lattice.fromMatrix(Fixtures.matrix(o.get("matrix")));
            }
            String what = "lattice " + n;
            assertArrayEquals(Fixtures.vector(o.get("parameters")), l.parameters(), 1e-9, what);
            assertEquals(o.get("volume").getAsDouble(), l.volume(), 1e-9, what);
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("reciprocal")), l.reciprocal().matrix(), 1e-10, what + " reciprocal");
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("reciprocal_crystallographic")),
                    l.reciprocalCrystallographic().matrix(), 1e-10, what + " reciprocal_crystallographic");
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("metric_tensor")), l.metricTensor(), 1e-9, what + " metric");
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("lll_matrix")), l.lllReduced().matrix(), 1e-9, what + " LLL");
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("lll_mapping")), l.lllMapping(), 0, what + " LLL mapping");
            Lattice niggli = l.niggliReduced();
            assertArrayEquals(Fixtures.vector(o.get("niggli_parameters")), niggli.parameters(), 1e-6, what + " Niggli");
            assertEquals(o.get("niggli_volume").getAsDouble(), niggli.volume(), 1e-8, what);
            assertTrue(niggli.isRightHanded(), what);
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("scaled_to_100")), l.scaled(100).matrix(), 1e-9, what + " scaled");
            n++;
        }
        assertEquals(20, n);
    }

    @Test
    void niggliVectorsAreLatticeVectorsOfTheOriginal() {
        Lattice l = Lattice.fromMatrix(new double[][] {{4, 0, 0}, {13, 3, 0}, {-7, 9, 6}});
        Lattice niggli = l.niggliReduced();
        for (double[] v : niggli.matrix()) {
            double[] f = l.toFractional(v);
            for (double x : f) {
                assertEquals(Math.rint(x), x, 1e-9, "Niggli vector is not an integer combination");
            }
        }
    }

    @Test
    void fractionalCartesianRoundTrip() {
        Lattice l = Lattice.fromParameters(5.1, 6.2, 7.3, 81, 95, 112);
        double[] f = {0.1, -0.7, 1.3};
        assertArrayEquals(f, l.toFractional(l.toCartesian(f)), 1e-12);
    }

    @Test
    void minimumImageOnVerySkewedCell() {
        // a unit cubic lattice written with long sheared vectors: every atom has a neighbour at distance 1
        Lattice l = Lattice.fromMatrix(new double[][] {{1, 0, 0}, {5, 1, 0}, {3, 7, 1}});
        assertEquals(1.0, l.shortestVectorLength(), 1e-12);
        assertEquals(0.5, l.minimumImageDistance(new double[] {0, 0, 0}, l.toFractional(new double[] {0.5, 0, 0})), 1e-12);
        double[] far = l.toFractional(new double[] {17.25, -3.0, 8.0}); // image of (0.25, 0, 0)
        assertEquals(0.25, l.minimumImageDistance(new double[] {0, 0, 0}, far), 1e-9);
        int[] image = l.minimumImage(new double[] {0, 0, 0}, far);
        double[] shifted = {far[0] + image[0], far[1] + image[1], far[2] + image[2]};
        assertEquals(0.25, Mat3.norm(l.toCartesian(shifted)), 1e-9);
    }

    @Test
    void impossibleCellsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lattice.fromParameters(3, 3, 3, 150, 100, 110));
        assertTrue(e.getMessage().contains("do not form a cell"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(3, 3, 3, 30, 30, 90));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(-3, 3, 3, 90, 90, 90));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(3, 3, 3, 0, 90, 90));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(3, Double.NaN, 3, 90, 90, 90));
        assertThrows(IllegalArgumentException.class,
                () -> Lattice.fromMatrix(new double[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> Lattice.fromMatrix(new double[][] {{1, 0, 0}, {0, 1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(3, 3, 3, 90, 90, 90).scaled(-1));
    }

    @Test
    void matrixIsACopy() {
        Lattice l = Lattice.fromParameters(3, 3, 3, 90, 90, 90);
        l.matrix()[0][0] = 99;
        assertEquals(3, l.a(), 1e-12);
    }
}
