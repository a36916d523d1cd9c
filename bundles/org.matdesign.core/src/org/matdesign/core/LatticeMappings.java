package org.matdesign.core;

import java.util.ArrayList;
import java.util.List;

/**
 * All bases of one lattice whose lengths and angles are within tolerance of another lattice's parameters (pymatgen
 * Lattice.find_all_mappings): lattice vectors within max(length) * (1 + ltol) are collected, kept per target length
 * when 1/(1+ltol) < |v|/l < 1+ltol, and triples are kept when all three angles are within angleTol degrees.
 */
public final class LatticeMappings {

    /**
     * A basis of the searched lattice: rows in Cartesian coordinates and the integer matrix expressing them
     * (aligned = scale · lattice). Arrays are shared, not copied: callers must not modify them.
     */
    public record Mapping(double[][] aligned, int[][] scale) {
    }

    private LatticeMappings() {
    }

    public static List<Mapping> find(double[][] lattice, double[][] target, double ltol, double angleTol) {
        return find(lattice, LatticeParameters.of(target), ltol, angleTol, Integer.MAX_VALUE);
    }

    /** Mappings onto the given parameters (a, b, c, alpha, beta, gamma), in pymatgen's order, at most {@code limit}. */
    public static List<Mapping> find(double[][] lattice, double[] targetParameters, double ltol, double angleTol, int limit) {
        double[] lengths = {targetParameters[0], targetParameters[1], targetParameters[2]};
        double[] angles = {targetParameters[3], targetParameters[4], targetParameters[5]};
        double radius = Math.max(lengths[0], Math.max(lengths[1], lengths[2])) * (1 + ltol);
        LatticePoints found = LatticePoints.within(lattice, radius);
        List<int[]> points = found.images;
        List<double[]> carts = found.cartesian;
        List<Double> dists = found.lengths;
        List<List<Integer>> candidates = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            List<Integer> c = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                double ratio = dists.get(p) / lengths[t];
                if (ratio < 1 + ltol && ratio > 1 / (1 + ltol)) {
                    c.add(p);
                }
            }
            candidates.add(c);
        }
        List<Integer> ca = candidates.get(0);
        List<Integer> cb = candidates.get(1);
        List<Integer> cc = candidates.get(2);
        boolean[][] alphaOk = angleMatrix(cb, cc, carts, dists, angles[0], angleTol);
        boolean[][] betaOk = angleMatrix(ca, cc, carts, dists, angles[1], angleTol);
        boolean[][] gammaOk = angleMatrix(ca, cb, carts, dists, angles[2], angleTol);
        List<Mapping> out = new ArrayList<>();
        for (int i = 0; i < ca.size(); i++) {
            for (int j = 0; j < cb.size(); j++) {
                if (!gammaOk[i][j]) {
                    continue;
                }
                for (int k = 0; k < cc.size(); k++) {
                    if (!alphaOk[j][k] || !betaOk[i][k]) {
                        continue;
                    }
                    int[][] scale = {points.get(ca.get(i)), points.get(cb.get(j)), points.get(cc.get(k))};
                    if (Math.abs(intDet(scale)) < 1e-8) {
                        continue;
                    }
                    double[][] aligned = {carts.get(ca.get(i)), carts.get(cb.get(j)), carts.get(cc.get(k))};
                    out.add(new Mapping(aligned, scale));
                    if (out.size() >= limit) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    private static boolean[][] angleMatrix(List<Integer> first, List<Integer> second, List<double[]> carts,
            List<Double> dists, double target, double tol) {
        boolean[][] ok = new boolean[first.size()][second.size()];
        for (int i = 0; i < first.size(); i++) {
            double[] v = carts.get(first.get(i));
            double lv = dists.get(first.get(i));
            for (int j = 0; j < second.size(); j++) {
                double x = Mat3.dot(v, carts.get(second.get(j))) / lv / dists.get(second.get(j));
                x = Math.max(-1, Math.min(1, x));
                ok[i][j] = Math.abs(Math.toDegrees(Math.acos(x)) - target) < tol;
            }
        }
        return ok;
    }

    /** Exact determinant of an integer matrix. */
    public static long intDet(int[][] m) {
        return (long) m[0][0] * ((long) m[1][1] * m[2][2] - (long) m[1][2] * m[2][1])
                - (long) m[0][1] * ((long) m[1][0] * m[2][2] - (long) m[1][2] * m[2][0])
                + (long) m[0][2] * ((long) m[1][0] * m[2][1] - (long) m[1][1] * m[2][0]);
    }
}
