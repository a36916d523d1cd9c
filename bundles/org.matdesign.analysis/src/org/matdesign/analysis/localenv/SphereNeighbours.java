package org.matdesign.analysis.localenv;

import org.matdesign.core.Structure;

/** All periodic images of all sites within a radius of one site, as vectors from it (the site itself left out). */
record SphereNeighbours(int[] sites, double[][] vectors) {

    static SphereNeighbours of(Structure structure, int n, double cutoff) {
        double[][] m = structure.lattice().matrix();
        double[][] inv = structure.lattice().inverseMatrix();
        // Images needed along axis i: cutoff times the length of the i-th column of the inverse matrix.
        int[] range = new int[3];
        for (int i = 0; i < 3; i++) {
            double col = Math.sqrt(inv[0][i] * inv[0][i] + inv[1][i] * inv[1][i] + inv[2][i] * inv[2][i]);
            range[i] = (int) Math.ceil(cutoff * col) + 1;
        }
        double[] fc = structure.site(n).frac();
        java.util.List<Integer> idx = new java.util.ArrayList<>();
        java.util.List<double[]> vec = new java.util.ArrayList<>();
        double c2 = cutoff * cutoff;
        for (int s = 0; s < structure.size(); s++) {
            double[] f = structure.site(s).frac();
            double[] d0 = {f[0] - fc[0], f[1] - fc[1], f[2] - fc[2]};
            for (int a = -range[0]; a <= range[0]; a++) {
                for (int b = -range[1]; b <= range[1]; b++) {
                    for (int c = -range[2]; c <= range[2]; c++) {
                        double u = d0[0] + a;
                        double v = d0[1] + b;
                        double w = d0[2] + c;
                        double x = u * m[0][0] + v * m[1][0] + w * m[2][0];
                        double y = u * m[0][1] + v * m[1][1] + w * m[2][1];
                        double z = u * m[0][2] + v * m[1][2] + w * m[2][2];
                        double d2 = x * x + y * y + z * z;
                        if (d2 > c2) {
                            continue;
                        }
                        if (d2 < 1e-16) {
                            if (s == n && a == 0 && b == 0 && c == 0) {
                                continue;
                            }
                            throw new IllegalArgumentException("site " + s + " coincides with site " + n);
                        }
                        idx.add(s);
                        vec.add(new double[] {x, y, z});
                    }
                }
            }
        }
        return new SphereNeighbours(idx.stream().mapToInt(Integer::intValue).toArray(), vec.toArray(double[][]::new));
    }
}
