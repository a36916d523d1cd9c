package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Mat3Test {

    private static final double[][] M = {{2, 1, 0}, {-1, 3, 2}, {0.5, 0, 4}};

    @Test
    void determinantAndVolume() {
        assertEquals(29, Mat3.det(M), 1e-12); // 2 * (12 - 0) - 1 * (-4 - 1) + 0
        assertEquals(29, Mat3.volume(Mat3.scale(M, -1)), 1e-12);
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        Fixtures.assertMatrixEquals(Mat3.identity(), Mat3.multiply(M, Mat3.inverse(M)), 1e-14, "M M^-1");
        Fixtures.assertMatrixEquals(Mat3.identity(), Mat3.multiply(Mat3.inverse(M), M), 1e-14, "M^-1 M");
    }

    @Test
    void singularMatrixIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Mat3.inverse(new double[][] {{1, 2, 3}, {2, 4, 6}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> Mat3.inverse(new double[][] {{Double.NaN, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
    }

    @Test
    void rowVectorConvention() {
        // v · M combines the rows: 1 * row0 + 2 * row1 + 3 * row2
        assertArrayEquals(new double[] {1.5, 7, 16}, Mat3.rowTimes(new double[] {1, 2, 3}, M), 1e-14);
        double[][] t = {{2, -1, 0.5}, {1, 3, 0}, {0, 2, 4}};
        Fixtures.assertMatrixEquals(t, Mat3.transpose(M), 0, "transpose");
    }

    @Test
    void vectors() {
        double[] a = {1, 2, 3};
        double[] b = {-2, 0, 1};
        assertEquals(1, Mat3.dot(a, b), 0);
        assertEquals(Math.sqrt(14), Mat3.norm(a), 1e-15);
        assertArrayEquals(new double[] {2, -7, 4}, Mat3.cross(a, b), 0);
        assertArrayEquals(new double[] {Math.sqrt(5.25), Math.sqrt(10), Math.sqrt(20)}, Mat3.columnNorms(M), 1e-15);
    }

    @Test
    void copyIsDeep() {
        double[][] c = Mat3.copy(M);
        c[1][1] = 99;
        assertEquals(3, M[1][1], 0);
    }

    @Test
    void parametersRoundTrip() {
        double[] p = {5.1, 6.2, 7.3, 81, 95, 112};
        assertArrayEquals(p, LatticeParameters.of(LatticeParameters.toMatrix(p)), 1e-12);
        Lattice r = Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]).reciprocal();
        assertArrayEquals(new double[] {r.a(), r.b(), r.c()},
                LatticeParameters.reciprocalLengths(LatticeParameters.toMatrix(p)), 1e-12);
    }
}
