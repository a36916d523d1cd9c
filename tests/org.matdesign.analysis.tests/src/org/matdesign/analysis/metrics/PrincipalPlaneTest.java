package org.matdesign.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PrincipalPlaneTest {

    /** Points spread 5 along u, 2 along v and 0.1 along the other three directions of a rotated basis. */
    @Test
    void findsTheTwoDirectionsOfLargestSpreadAndTheirVariances() {
        double[] u = unit(new double[] {1, 1, 0, 0, 0});
        double[] v = unit(new double[] {1, -1, 1, 0, 0});
        Random r = new Random(3);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double a = 5 * r.nextGaussian();
            double b = 2 * r.nextGaussian();
            double[] p = new double[5];
            for (int k = 0; k < 5; k++) {
                p[k] = 10 + a * u[k] + b * v[k] + 0.1 * r.nextGaussian();
            }
            points.add(p);
        }
        PrincipalPlane plane = PrincipalPlane.fit(points);
        double[][] axes = plane.axes();
        assertEquals(1.0, Math.abs(dot(axes[0], u)), 1e-3, "first axis along u");
        assertEquals(1.0, Math.abs(dot(axes[1], v)), 1e-3, "second axis along v");
        assertEquals(0.0, dot(axes[0], axes[1]), 1e-9, "orthogonal axes");
        assertEquals(25, plane.variances()[0], 1.5);
        assertEquals(4, plane.variances()[1], 0.3);

        double[] centre = new double[5];
        java.util.Arrays.fill(centre, 10);
        double[] x = centre.clone();
        for (int k = 0; k < 5; k++) {
            x[k] += 3 * u[k];
        }
        double[] xy = plane.project(x);
        assertEquals(3, Math.abs(xy[0]), 0.1);
        assertEquals(0, xy[1], 0.1);
    }

    @Test
    void namesWhatItCannotFit() {
        assertThrows(IllegalArgumentException.class, () -> PrincipalPlane.fit(List.of(new double[] {1, 2})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrincipalPlane.fit(List.of(new double[] {1, 2}, new double[] {1})));
        assertEquals("vectors of lengths 2 and 1", e.getMessage());
    }

    private static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        for (int k = 0; k < a.length; k++) {
            a[k] /= n;
        }
        return a;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
