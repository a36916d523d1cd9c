package org.matdesign.analysis.match;

/** Small 3x3 / row-vector helpers on plain arrays; rows of a lattice matrix are the lattice vectors. */
final class Mat3 {

    private Mat3() {
    }

    static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static double[][] inverse(double[][] m) {
        double d = det(m);
        if (d == 0 || !Double.isFinite(d)) {
            throw new IllegalArgumentException("singular 3x3 matrix");
        }
        double[][] r = new double[3][3];
        r[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / d;
        r[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / d;
        r[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / d;
        r[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / d;
        r[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / d;
        r[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / d;
        r[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / d;
        r[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / d;
        r[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / d;
        return r;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return r;
    }

    static double[][] transpose(double[][] m) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = m[j][i];
            }
        }
        return r;
    }

    static double[][] scale(double[][] m, double f) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = m[i][j] * f;
            }
        }
        return r;
    }

    static double[][] copy(double[][] m) {
        return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }

    /** Row vector times matrix: v . m. */
    static double[] times(double[] v, double[][] m) {
        return new double[] {
            v[0] * m[0][0] + v[1] * m[1][0] + v[2] * m[2][0],
            v[0] * m[0][1] + v[1] * m[1][1] + v[2] * m[2][1],
            v[0] * m[0][2] + v[1] * m[1][2] + v[2] * m[2][2]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double volume(double[][] m) {
        return Math.abs(det(m));
    }

    /** Lengths (a, b, c) of the rows. */
    static double[] lengths(double[][] m) {
        return new double[] {norm(m[0]), norm(m[1]), norm(m[2])};
    }

    /** Angles (alpha, beta, gamma) in degrees, as pymatgen computes them. */
    static double[] angles(double[][] m) {
        double[] l = lengths(m);
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            int k = (i + 2) % 3;
            double c = dot(m[j], m[k]) / (l[j] * l[k]);
            r[i] = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
        }
        return r;
    }

    /** Reciprocal lattice lengths with the 2 pi factor (pymatgen reciprocal_lattice.abc). */
    static double[] reciprocalLengths(double[][] m) {
        double[][] inv = inverse(m);
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            // row i of inv(m)^T is column i of inv(m)
            double x = inv[0][i];
            double y = inv[1][i];
            double z = inv[2][i];
            r[i] = 2 * Math.PI * Math.sqrt(x * x + y * y + z * z);
        }
        return r;
    }

    /** pymatgen Lattice.from_parameters orientation (only the metric matters to callers). */
    static double[][] fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        double ca = Math.cos(Math.toRadians(alpha));
        double cb = Math.cos(Math.toRadians(beta));
        double cg = Math.cos(Math.toRadians(gamma));
        double sa = Math.sin(Math.toRadians(alpha));
        double sb = Math.sin(Math.toRadians(beta));
        double val = (ca * cb - cg) / (sa * sb);
        val = Math.max(-1, Math.min(1, val));
        double gammaStar = Math.acos(val);
        return new double[][] {
            {a * sb, 0, a * cb},
            {-b * sa * Math.cos(gammaStar), b * sa * Math.sin(gammaStar), b * ca},
            {0, 0, c}};
    }

    static double[][] fromParameters(double[] p) {
        return fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
    }

    static double[] parameters(double[][] m) {
        double[] l = lengths(m);
        double[] a = angles(m);
        return new double[] {l[0], l[1], l[2], a[0], a[1], a[2]};
    }
}
