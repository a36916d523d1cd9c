package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Niggli reduction against pymatgen (fixtures/geometry/reductions.json, from make_reduction_fixtures.py). */
class NiggliReductionTest {

    @Test
    void likePymatgenGivesPymatgensCell() {
        for (JsonObject o : cases()) {
            String what = o.get("name").getAsString();
            double[][] reduced = NiggliReduction.reduceLikePymatgen(Fixtures.matrix(o.get("matrix")));
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("niggli_matrix")), reduced, 1e-8, what);
        }
    }

    @Test
    void reducedMetricCellHasPymatgensParametersBeforeItsSearch() {
        for (JsonObject o : cases()) {
            String what = o.get("name").getAsString();
            double[][] rows = Fixtures.matrix(o.get("matrix"));
            double[][] reduced = NiggliReduction.reduce(rows, NiggliReduction.DEFAULT_TOLERANCE);
            double[] expected = Fixtures.vector(o.get("niggli_metric_parameters"));
            assertArrayEquals(expected, LatticeParameters.of(reduced), 1e-6, what);
            assertArrayEquals(Fixtures.vector(o.get("niggli_parameters_tol_0.01")),
                    LatticeParameters.of(NiggliReduction.reduceLikePymatgen(rows, 0.01)), 1e-6, what + " tol 0.01");
            assertTrue(Mat3.det(reduced) > 0, what + " right-handed");
            assertEquals(Mat3.volume(rows), Mat3.volume(reduced), 1e-9 * Mat3.volume(rows), what + " volume");
            assertIntegerCombinations(rows, reduced, what);
        }
    }

    @Test
    void searchMayMirrorAnglesNear90() {
        // the documented difference: pymatgen's final search accepts a basis within 1 degree
        JsonObject o = cases().stream().filter(c -> c.get("name").getAsString().equals("near 90 degrees, skew 1"))
                .findFirst().orElseThrow();
        double[] pymatgen = Fixtures.vector(o.get("niggli_parameters"));
        double[] metric = Fixtures.vector(o.get("niggli_metric_parameters"));
        assertTrue(Math.abs(pymatgen[3] - metric[3]) > 0.5, "fixture no longer shows the mirrored angle");
    }

    @Test
    void skewedCubicCellReducesToTheCube() {
        double[][] skewed = {{4, 0, 0}, {4, 4, 0}, {8, 4, 4}};
        double[][][] results = {NiggliReduction.reduce(skewed, 1e-5), NiggliReduction.reduceLikePymatgen(skewed)};
        for (double[][] r : results) {
            assertArrayEquals(new double[] {4, 4, 4, 90, 90, 90}, LatticeParameters.of(r), 1e-9);
            assertTrue(Mat3.det(r) > 0);
        }
    }

    private static void assertIntegerCombinations(double[][] rows, double[][] reduced, String what) {
        double[][] inv = Mat3.inverse(rows);
        for (double[] v : reduced) {
            for (double x : Mat3.rowTimes(v, inv)) {
                assertEquals(Math.rint(x), x, 1e-8, what + ": not a lattice vector");
            }
        }
    }

    private static List<JsonObject> cases() {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : Fixtures.json("/fixtures/geometry/reductions.json").getAsJsonArray()) {
            out.add(e.getAsJsonObject());
        }
        assertEquals(33, out.size());
        return out;
    }
}
