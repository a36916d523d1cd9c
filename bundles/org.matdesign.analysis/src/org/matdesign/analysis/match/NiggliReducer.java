package org.matdesign.analysis.match;

import java.util.List;

/**
 * Niggli reduction (Grosse-Kunstleve, Sauter and Adams 2004) with pymatgen's tolerance convention
 * (1e-5 times the cube root of the volume) applied to the LLL-reduced basis, as pymatgen's
 * get_niggli_reduced_lattice does. Instead of searching the lattice for the reduced parameters afterwards, the
 * integer transformation is tracked, which yields a basis with the same (unique) Niggli parameters.
 */
final class NiggliReducer {

    private NiggliReducer() {
    }

    static double[][] reduce(double[][] lattice) {
        return reduce(lattice, 1e-5);
    }

    static double[][] reduce(double[][] lattice, double tol) {
        double[][] start = LllBasis.of(lattice).matrix;
        double e = tol * Math.cbrt(Mat3.volume(lattice));
        double[][] g = Mat3.multiply(start, Mat3.transpose(start));
        double[][] t = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int iter = 0; iter < 100; iter++) {
            double a = g[0][0], b = g[1][1], c = g[2][2];
            double ee = 2 * g[1][2], n = 2 * g[0][2], y = 2 * g[0][1];
            if (a > b + e || (Math.abs(a - b) < e && Math.abs(ee) > Math.abs(n) + e)) {
                double[][] m = {{0, -1, 0}, {-1, 0, 0}, {0, 0, -1}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
                a = g[0][0]; b = g[1][1]; c = g[2][2];
                ee = 2 * g[1][2]; n = 2 * g[0][2]; y = 2 * g[0][1];
            }
            if (b > c + e || (Math.abs(b - c) < e && Math.abs(n) > Math.abs(y) + e)) {
                double[][] m = {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
                continue;
            }
            int l = Math.abs(ee) < e ? 0 : (int) Math.signum(ee);
            int mm = Math.abs(n) < e ? 0 : (int) Math.signum(n);
            int nn = Math.abs(y) < e ? 0 : (int) Math.signum(y);
            if (l * mm * nn == 1) {
                int i = l == -1 ? -1 : 1;
                int j = mm == -1 ? -1 : 1;
                int k = nn == -1 ? -1 : 1;
                double[][] m = {{i, 0, 0}, {0, j, 0}, {0, 0, k}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
            } else if (l * mm * nn == 0 || l * mm * nn == -1) {
                int i = l == 1 ? -1 : 1;
                int j = mm == 1 ? -1 : 1;
                int k = nn == 1 ? -1 : 1;
                if (i * j * k == -1) {
                    if (nn == 0) {
                        k = -1;
                    } else if (mm == 0) {
                        j = -1;
                    } else if (l == 0) {
                        i = -1;
                    }
                }
                double[][] m = {{i, 0, 0}, {0, j, 0}, {0, 0, k}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
            }
            a = g[0][0]; b = g[1][1]; c = g[2][2];
            ee = 2 * g[1][2]; n = 2 * g[0][2]; y = 2 * g[0][1];
            if (Math.abs(ee) > b + e || (Math.abs(ee - b) < e && 2 * n < y - e) || (Math.abs(ee + b) < e && y < -e)) {
                double[][] m = {{1, 0, 0}, {0, 1, -Math.signum(ee)}, {0, 0, 1}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
                continue;
            }
            if (Math.abs(n) > a + e || (Math.abs(a - n) < e && 2 * ee < y - e) || (Math.abs(a + n) < e && y < -e)) {
                double[][] m = {{1, 0, -Math.signum(n)}, {0, 1, 0}, {0, 0, 1}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
                continue;
            }
            if (Math.abs(y) > a + e || (Math.abs(a - y) < e && 2 * ee < n - e) || (Math.abs(a + y) < e && n < -e)) {
                double[][] m = {{1, -Math.signum(y), 0}, {0, 1, 0}, {0, 0, 1}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
                continue;
            }
            double s = ee + n + y + a + b;
            if (s < -e || (Math.abs(s) < e && e < y + (a + n) * 2)) {
                double[][] m = {{1, 0, 1}, {0, 1, 1}, {0, 0, 1}};
                g = apply(g, m);
                t = Mat3.multiply(t, m);
                continue;
            }
            break;
        }
        double[][] reduced = Mat3.multiply(Mat3.transpose(t), start);
        // like pymatgen, take the first basis of the original lattice (in its point order) with the reduced
        // parameters; bases with equal parameters differ in orientation, which matters to later averaging
        List<LatticeMappings.Mapping> first = LatticeMappings.find(lattice, Mat3.parameters(reduced), e, 1, 1);
        if (!first.isEmpty()) {
            reduced = first.get(0).aligned();
        }
        if (Mat3.det(reduced) < 0) {
            reduced = Mat3.scale(reduced, -1);
        }
        return reduced;
    }

    private static double[][] apply(double[][] g, double[][] m) {
        return Mat3.multiply(Mat3.transpose(m), Mat3.multiply(g, m));
    }
}
