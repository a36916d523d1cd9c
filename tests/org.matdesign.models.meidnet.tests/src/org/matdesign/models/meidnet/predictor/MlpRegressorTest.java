package org.matdesign.models.meidnet.predictor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** The plain-Java perceptron against hand-computed values. */
class MlpRegressorTest {

    /** 2 inputs, 1 tanh hidden unit, 1 output; every weight set by hand (all exactly representable as float). */
    private static MlpRegressor tiny() {
        MlpRegressor m = new MlpRegressor(new double[] {1, 2}, new double[] {2, 4}, new double[] {10}, new double[] {3},
                1, new Random(1));
        m.w1[0][0] = 1;
        m.w1[0][1] = -1;
        m.b1[0] = 0.5;
        m.w2[0][0] = 2;
        m.b2[0] = 0.25;
        return m;
    }

    @Test
    void predictsTheHandComputedValue() {
        // x = ((3-1)/2, (6-2)/4) = (1, 1); h = tanh(0.5 + 1 - 1); y = (0.25 + 2h) * 3 + 10
        double expected = (0.25 + 2 * Math.tanh(0.5)) * 3 + 10;
        assertEquals(expected, tiny().predict(new double[] {3, 6})[0], 1e-12);
    }

    @Test
    void missingInputIsImputedWithTheTrainingMean() {
        MlpRegressor m = tiny();
        double[] withNaN = m.predict(new double[] {Double.NaN, 6});
        assertArrayEquals(m.predict(new double[] {1, 6}), withNaN, 1e-12);
        // x = (0, 1): h = tanh(-0.5)
        assertEquals((0.25 + 2 * Math.tanh(-0.5)) * 3 + 10, withNaN[0], 1e-12);
    }

    @Test
    void wrongFeatureCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tiny().predict(new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("expected 2 features, got 3"), e.getMessage());
    }

    @Test
    void jsonRoundTripKeepsPredictions() {
        MlpRegressor m = tiny();
        MlpRegressor back = MlpRegressor.fromJson(m.toJson(), "round trip");
        assertEquals(2, back.inputs);
        assertEquals(1, back.hidden);
        assertEquals(1, back.outputs);
        for (double[] x : new double[][] {{3, 6}, {-2, 0.5}, {Double.NaN, 1}}) {
            assertArrayEquals(m.predict(x), back.predict(x), 1e-9);
        }
    }

    @Test
    void inconsistentSizesAreRejectedNamingTheSource() {
        JsonObject o = tiny().toJson();
        o.addProperty("outputs", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MlpRegressor.fromJson(o, "my.json"));
        assertTrue(e.getMessage().contains("my.json") && e.getMessage().contains("layer sizes do not match"),
                e.getMessage());

        JsonObject shortRow = tiny().toJson();
        shortRow.getAsJsonArray("w1").get(0).getAsJsonArray().remove(0);
        e = assertThrows(IllegalArgumentException.class, () -> MlpRegressor.fromJson(shortRow, "my.json"));
        assertTrue(e.getMessage().contains("w1[0] has 1 values, expected 2"), e.getMessage());
    }
}
