package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** LLL against pymatgen (fixtures/geometry/reductions.json, from make_reduction_fixtures.py). */
class LllReductionTest {

    @Test
    void agreesWithPymatgen() {
        int n = 0;
        for (JsonElement e : Fixtures.json("/fixtures/geometry/reductions.json").getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            String what = o.get("name").getAsString();
            double[][] rows = Fixtures.matrix(o.get("matrix"));
            LllReduction lll = LllReduction.of(rows);
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("lll_matrix")), lll.matrix(), 1e-9, what);
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("lll_mapping")), lll.mapping(), 0, what + " mapping");
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("lll_matrix_delta_0.99")),
                    LllReduction.of(rows, 0.99).matrix(), 1e-9, what + " delta 0.99");
            n++;
        }
        assertEquals(33, n);
    }

    @Test
    void mappingRelatesBasesAndFractionalCoordinates() {
        double[][] rows = {{4, 0, 0}, {13, 3, 0}, {-7, 9, 6}};
        LllReduction lll = LllReduction.of(rows);
        Fixtures.assertMatrixEquals(lll.matrix(), Mat3.multiply(lll.mapping(), rows), 1e-12, "matrix = T rows");
        double[] frac = {0.1, -0.3, 0.7};
        // the same Cartesian point in either basis
        assertArrayEquals(Mat3.rowTimes(frac, rows), Mat3.rowTimes(lll.toLllFractional(frac), lll.matrix()), 1e-12);
    }

    @Test
    void reducedBasisIsUnchanged() {
        double[][] rows = {{3, 0, 0}, {0, 4, 0}, {0, 0, 5}};
        Fixtures.assertMatrixEquals(rows, LllReduction.of(rows).matrix(), 0, "already reduced");
        Fixtures.assertMatrixEquals(Mat3.identity(), LllReduction.of(rows).mapping(), 0, "identity mapping");
    }
}
