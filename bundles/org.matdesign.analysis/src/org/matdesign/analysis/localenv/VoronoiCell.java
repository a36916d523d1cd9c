package org.matdesign.analysis.localenv;

import java.util.ArrayList;
import java.util.List;

/**
 * The Voronoi cell of a point at the origin among given neighbour positions, built as the intersection of the
 * bisector half-spaces {x : r.x <= |r|^2/2} (a large box clipped plane by plane). Gives, per neighbour that shares a
 * face, the face's area and the solid angle it subtends at the origin, as pymatgen's VoronoiNN does from qhull.
 */
final class VoronoiCell {

    /** One face: the neighbour index (or -1 for a face of the starting box) and its vertices in order. */
    record Face(int owner, List<double[]> vertices) {
    }

    private static final double EPS = 1e-10;

    private final List<Face> faces;

    private VoronoiCell(List<Face> faces) {
        this.faces = faces;
    }

    /**
     * Clips a cube of half-size {@code box} by the bisector of every neighbour (vectors from the origin, sorted by
     * length or not); neighbours too far to cut the current cell are skipped.
     */
    static VoronoiCell of(double[][] neighbours, double box) {
        List<Face> faces = cube(box);
        double reach = box * Math.sqrt(3);
        Integer[] order = new Integer[neighbours.length];
        double[] len = new double[neighbours.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            len[i] = Math.sqrt(dot(neighbours[i], neighbours[i]));
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(len[a], len[b]));
        for (int idx : order) {
            // A bisector farther than the farthest vertex cannot cut the cell.
            if (len[idx] / 2 > reach * (1 + 1e-9)) {
                break;
            }
            List<Face> clipped = clip(faces, neighbours[idx], dot(neighbours[idx], neighbours[idx]) / 2, idx);
            if (clipped != faces) {
                faces = clipped;
                reach = 0;
                for (Face f : faces) {
                    for (double[] v : f.vertices) {
                        reach = Math.max(reach, Math.sqrt(dot(v, v)));
                    }
                }
            }
        }
        return new VoronoiCell(faces);
    }

    List<Face> faces() {
        return faces;
    }

    /** True when a face of the starting box survived: the neighbours do not enclose the origin. */
    boolean unbounded() {
        return faces.stream().anyMatch(f -> f.owner < 0);
    }

    /** Area of a planar convex polygon. */
    static double area(List<double[]> poly) {
        double[] s = new double[3];
        double[] p0 = poly.get(0);
        for (int i = 1; i + 1 < poly.size(); i++) {
            double[] c = cross(sub(poly.get(i), p0), sub(poly.get(i + 1), p0));
            s[0] += c[0];
            s[1] += c[1];
            s[2] += c[2];
        }
        return 0.5 * Math.sqrt(dot(s, s));
    }

    /** Solid angle at the origin, summed over a fan of triangles (pymatgen local_env.solid_angle). */
    static double solidAngle(List<double[]> poly) {
        double[] r0 = poly.get(0);
        double n0 = Math.sqrt(dot(r0, r0));
        double angle = 0;
        for (int i = 1; i + 1 < poly.size(); i++) {
            double[] ri = poly.get(i);
            double[] rj = poly.get(i + 1);
            double ni = Math.sqrt(dot(ri, ri));
            double nj = Math.sqrt(dot(rj, rj));
            double tp = Math.abs(dot(r0, cross(ri, rj)));
            double de = n0 * ni * nj + nj * dot(r0, ri) + ni * dot(r0, rj) + n0 * dot(ri, rj);
            double a = de == 0 ? (tp > 0 ? 0.5 * Math.PI : -0.5 * Math.PI) : Math.atan(tp / de);
            angle += (a > 0 ? a : a + Math.PI) * 2;
        }
        return angle;
    }

    private static List<Face> clip(List<Face> faces, double[] n, double d, int owner) {
        boolean cuts = false;
        for (Face f : faces) {
            for (double[] v : f.vertices) {
                if (dot(n, v) - d > EPS * d) {
                    cuts = true;
                    break;
                }
            }
            if (cuts) {
                break;
            }
        }
        if (!cuts) {
            return faces;
        }
        List<Face> out = new ArrayList<>();
        List<double[]> cap = new ArrayList<>();
        for (Face f : faces) {
            List<double[]> kept = new ArrayList<>();
            List<double[]> vs = f.vertices;
            for (int i = 0; i < vs.size(); i++) {
                double[] a = vs.get(i);
                double[] b = vs.get((i + 1) % vs.size());
                double sa = dot(n, a) - d;
                double sb = dot(n, b) - d;
                boolean ina = sa <= EPS * d;
                boolean inb = sb <= EPS * d;
                if (ina) {
                    kept.add(a);
                    if (Math.abs(sa) <= EPS * d) {
                        cap.add(a);
                    }
                }
                if (ina != inb && Math.abs(sa) > EPS * d && Math.abs(sb) > EPS * d) {
                    double t = sa / (sa - sb);
                    double[] p = {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])};
                    kept.add(p);
                    cap.add(p);
                }
            }
            if (kept.size() >= 3) {
                out.add(new Face(f.owner, kept));
            }
        }
        List<double[]> capPoly = orderAround(dedupe(cap), n);
        if (capPoly.size() >= 3) {
            out.add(new Face(owner, capPoly));
        }
        return out;
    }

    private static List<double[]> dedupe(List<double[]> pts) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : pts) {
            boolean seen = false;
            for (double[] q : out) {
                double[] dq = sub(p, q);
                if (dot(dq, dq) < 1e-20 * (1 + dot(p, p))) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(p);
            }
        }
        return out;
    }

    /** Sorts points of a convex planar polygon by angle around its centroid, seen along the normal. */
    private static List<double[]> orderAround(List<double[]> pts, double[] normal) {
        if (pts.size() < 3) {
            return pts;
        }
        double[] c = new double[3];
        for (double[] p : pts) {
            c[0] += p[0] / pts.size();
            c[1] += p[1] / pts.size();
            c[2] += p[2] / pts.size();
        }
        double[] u0 = sub(pts.get(0), c);
        double un = Math.sqrt(dot(u0, u0));
        double[] u = {u0[0] / un, u0[1] / un, u0[2] / un};
        double nn = Math.sqrt(dot(normal, normal));
        double[] w = cross(new double[] {normal[0] / nn, normal[1] / nn, normal[2] / nn}, u);
        List<double[]> sorted = new ArrayList<>(pts);
        sorted.sort((p, q) -> {
            double[] dp = sub(p, c);
            double[] dq = sub(q, c);
            return Double.compare(Math.atan2(dot(dp, w), dot(dp, u)), Math.atan2(dot(dq, w), dot(dq, u)));
        });
        return sorted;
    }

    private static List<Face> cube(double h) {
        double[][] v = new double[8][];
        for (int i = 0; i < 8; i++) {
            v[i] = new double[] {(i & 1) == 0 ? -h : h, (i & 2) == 0 ? -h : h, (i & 4) == 0 ? -h : h};
        }
        int[][] idx = {{0, 2, 6, 4}, {1, 5, 7, 3}, {0, 4, 5, 1}, {2, 3, 7, 6}, {0, 1, 3, 2}, {4, 6, 7, 5}};
        List<Face> faces = new ArrayList<>();
        for (int[] f : idx) {
            List<double[]> poly = new ArrayList<>();
            for (int k : f) {
                poly.add(v[k]);
            }
            faces.add(new Face(-1, poly));
        }
        return faces;
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
