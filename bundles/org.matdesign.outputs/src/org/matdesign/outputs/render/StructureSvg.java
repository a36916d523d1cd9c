package org.matdesign.outputs.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A ball-and-stick picture of one unit cell as an SVG fragment: an oblique orthographic projection of the cell edges, the
 * atoms (with their periodic copies on the cell faces, edges and corners, so a cubic perovskite shows its full cube and
 * octahedron) in Jmol colours, and sticks between atoms closer than 0.9 x the sum of their covalent radii. Drawn back to
 * front, so nearer atoms cover farther ones.
 */
public final class StructureSvg {

    /** Coordinates this close to a face (fractional) get a copy on the opposite face. */
    private static final double FACE_EPS = 0.03;
    private static final double BOND_FACTOR = 0.9;
    private static final double BALL_SCALE = 0.42;
    private static final int MAX_ATOMS_DRAWN = 400;

    private final double yawDeg;
    private final double pitchDeg;

    public StructureSvg() {
        this(-28, 18);
    }

    public StructureSvg(double yawDeg, double pitchDeg) {
        this.yawDeg = yawDeg;
        this.pitchDeg = pitchDeg;
    }

    private record Atom(String symbol, double[] cart, double[] view) {
    }

    private record Bond(Atom a, Atom b, double depth) {
    }

    /**
     * @param cell  the crystal
     * @param size  width and height of the picture in pixels (plus a legend line below)
     * @param title tooltip text, e.g. the formula
     * @return an {@code <svg>} element (no XML declaration, no namespace: meant to be inlined in HTML)
     */
    public String render(CellView cell, int size, String title) {
        List<Atom> atoms = atoms(cell);
        double[][] corners = new double[8][];
        for (int i = 0; i < 8; i++) {
            corners[i] = project(cell.cartesian(new double[] {i & 1, (i >> 1) & 1, (i >> 2) & 1}), cell);
        }
        double maxBall = 0;
        for (Atom a : atoms) {
            maxBall = Math.max(maxBall, ballRadius(a.symbol()));
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : corners) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        for (Atom a : atoms) {
            minX = Math.min(minX, a.view()[0] - maxBall);
            maxX = Math.max(maxX, a.view()[0] + maxBall);
            minY = Math.min(minY, a.view()[1] - maxBall);
            maxY = Math.max(maxY, a.view()[1] + maxBall);
        }
        double margin = 6;
        double span = Math.max(maxX - minX, maxY - minY);
        double scale = span > 0 ? (size - 2 * margin) / span : 1;
        double offX = margin + ((size - 2 * margin) - (maxX - minX) * scale) / 2 - minX * scale;
        double offY = margin + ((size - 2 * margin) - (maxY - minY) * scale) / 2 + maxY * scale;

        Set<String> elements = new LinkedHashSet<>(cell.symbols());
        int legendHeight = 18;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"structure\" width=\"").append(size).append("\" height=\"").append(size + legendHeight)
                .append("\" viewBox=\"0 0 ").append(size).append(' ').append(size + legendHeight)
                .append("\" role=\"img\"><title>").append(Xml.escape(title)).append("</title>\n");
        svg.append("<rect width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fbfbfd\" stroke=\"#dddddd\"/>\n");
        int[][] edges = {{0, 1}, {0, 2}, {0, 4}, {1, 3}, {1, 5}, {2, 3}, {2, 6}, {3, 7}, {4, 5}, {4, 6}, {5, 7}, {6, 7}};
        for (int[] e : edges) {
            svg.append(line(corners[e[0]], corners[e[1]], scale, offX, offY, "#555555", 1.0, "4,3"));
        }
        List<Bond> bonds = bonds(atoms);
        List<Object> drawables = new ArrayList<>(bonds);
        drawables.addAll(atoms);
        // painter's algorithm: far (small z) first; a bond is drawn just before the nearer of its two atoms
        drawables.sort(Comparator.comparingDouble(d -> d instanceof Bond b ? b.depth() - 1e-3 : ((Atom) d).view()[2]));
        for (Object d : drawables) {
            if (d instanceof Bond b) {
                svg.append(line(b.a().view(), b.b().view(), scale, offX, offY, "#6b6b6b", Math.max(1.5, 0.12 * scale), null));
            } else {
                Atom a = (Atom) d;
                double r = ballRadius(a.symbol()) * scale;
                double cx = offX + a.view()[0] * scale;
                double cy = offY - a.view()[1] * scale;
                svg.append("<circle cx=\"").append(Xml.px(cx)).append("\" cy=\"").append(Xml.px(cy)).append("\" r=\"")
                        .append(Xml.px(r)).append("\" fill=\"").append(ElementStyle.colour(a.symbol()))
                        .append("\" stroke=\"#222222\" stroke-width=\"0.8\"><title>").append(Xml.escape(a.symbol()))
                        .append("</title></circle>");
                svg.append("<circle cx=\"").append(Xml.px(cx - r * 0.35)).append("\" cy=\"").append(Xml.px(cy - r * 0.35))
                        .append("\" r=\"").append(Xml.px(r * 0.3)).append("\" fill=\"#ffffff\" fill-opacity=\"0.45\"/>\n");
            }
        }
        double x = 4;
        for (String el : elements) {
            svg.append("<circle cx=\"").append(Xml.px(x + 6)).append("\" cy=\"").append(size + 9).append("\" r=\"5\" fill=\"")
                    .append(ElementStyle.colour(el)).append("\" stroke=\"#222222\" stroke-width=\"0.6\"/>");
            svg.append("<text x=\"").append(Xml.px(x + 14)).append("\" y=\"").append(size + 13)
                    .append("\" font-size=\"11\" font-family=\"sans-serif\">").append(Xml.escape(el)).append("</text>");
            x += 18 + 7 * el.length() + 6;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private List<Atom> atoms(CellView cell) {
        List<Atom> atoms = new ArrayList<>();
        for (int s = 0; s < cell.size() && atoms.size() < MAX_ATOMS_DRAWN; s++) {
            double[] f = cell.frac().get(s);
            double[] w = {wrap(f[0]), wrap(f[1]), wrap(f[2])};
            // copies on the opposite face for coordinates on a face: 0 -> also 1
            for (int mask = 0; mask < 8; mask++) {
                double[] g = w.clone();
                boolean ok = true;
                for (int k = 0; k < 3; k++) {
                    if ((mask >> k & 1) == 1) {
                        if (g[k] < FACE_EPS) {
                            g[k] += 1;
                        } else if (g[k] > 1 - FACE_EPS) {
                            g[k] -= 1;
                        } else {
                            ok = false;
                        }
                    }
                }
                if (ok) {
                    double[] cart = cell.cartesian(g);
                    atoms.add(new Atom(cell.symbols().get(s), cart, project(cart, cell)));
                }
            }
        }
        return atoms;
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 ? 0 : w;
    }

    private List<Bond> bonds(List<Atom> atoms) {
        List<Bond> bonds = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            for (int j = i + 1; j < atoms.size(); j++) {
                Atom a = atoms.get(i);
                Atom b = atoms.get(j);
                double d = dist(a.cart(), b.cart());
                double cutoff = BOND_FACTOR * (ElementStyle.covalentRadius(a.symbol()) + ElementStyle.covalentRadius(b.symbol()));
                if (d > 0.3 && d < cutoff) {
                    bonds.add(new Bond(a, b, Math.min(a.view()[2], b.view()[2])));
                }
            }
        }
        return bonds;
    }

    private double[] project(double[] cart, CellView cell) {
        double[] centre = cell.cartesian(new double[] {0.5, 0.5, 0.5});
        double x = cart[0] - centre[0];
        double y = cart[1] - centre[1];
        double z = cart[2] - centre[2];
        double yaw = Math.toRadians(yawDeg);
        double pitch = Math.toRadians(pitchDeg);
        // rotate about the vertical (z) axis, then tilt about the screen's horizontal axis; screen y = crystal z
        double x1 = x * Math.cos(yaw) - y * Math.sin(yaw);
        double y1 = x * Math.sin(yaw) + y * Math.cos(yaw);
        double screenX = x1;
        double screenY = z * Math.cos(pitch) + y1 * Math.sin(pitch);
        // toward the viewer = screenX x screenY; larger is nearer, and the viewer looks slightly down on the cell
        double depth = z * Math.sin(pitch) - y1 * Math.cos(pitch);
        return new double[] {screenX, screenY, depth};
    }

    private static double ballRadius(String symbol) {
        // compressed so big cations do not hide the framework
        return BALL_SCALE * (0.5 + 0.5 * Math.max(0.3, ElementStyle.covalentRadius(symbol)));
    }

    private static String line(double[] a, double[] b, double scale, double offX, double offY, String colour, double width,
            String dash) {
        return "<line x1=\"" + Xml.px(offX + a[0] * scale) + "\" y1=\"" + Xml.px(offY - a[1] * scale) + "\" x2=\""
                + Xml.px(offX + b[0] * scale) + "\" y2=\"" + Xml.px(offY - b[1] * scale) + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + Xml.px(width) + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + " stroke-linecap=\"round\"/>\n";
    }

    private static double dist(double[] a, double[] b) {
        double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
