package org.matdesign.ui.structure.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.matdesign.ui.structure.Camera;
import org.matdesign.ui.structure.StructureScene;
import org.matdesign.ui.structure.StructureScene.Atom;
import org.matdesign.ui.structure.StructureScene.Bond;
import org.matdesign.ui.structure.StructureScene.Edge;

/**
 * Paints a scene with the painter's algorithm: atoms (cached shaded sprites), two-tone bond halves and cell edge
 * pieces are sorted far to near and drawn in that order; the {@link Overlays} go on top.
 */
public final class StructureRenderer {

    private static final RGB CELL = new RGB(70, 70, 80);
    /** Bond thickness in Å. */
    private static final double BOND_WIDTH = 0.16;
    /**
     * Cell edges are cut into this many pieces, so that atoms in front of and behind them sort correctly and the
     * pieces inside atoms (corner atoms, atoms on edges) can be left out.
     */
    private static final int EDGE_PIECES = 24;

    private final Device device;
    private final SphereSprites sprites;
    private final Overlays overlays;
    private StructureScene piecesScene;
    private List<double[][]> edgePieces = List.of();

    public StructureRenderer(Device device) {
        this.device = device;
        this.sprites = new SphereSprites(device);
        this.overlays = new Overlays(device, sprites);
    }

    /**
     * Paints the scene into {@code area} and returns the projection used (for picking).
     *
     * @param hoverAtom index of the atom under the mouse, or -1
     * @param caption   lines shown in the upper right corner
     */
    public Projection paint(GC gc, Rectangle area, StructureScene scene, Camera camera, RenderOptions options,
            int hoverAtom, List<String> caption) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        overlays.fill(gc, area);
        Projection projection = new Projection(scene, camera, area.x, area.y, area.width, area.height);
        for (Item item : sortedItems(scene, visibleEdgePieces(scene), projection, options)) {
            switch (item.kind) {
                case ATOM -> drawAtom(gc, scene, projection, item.index, options.labels());
                case BOND_HALF -> drawBondHalf(gc, scene, projection, item.index, item.part);
                case EDGE_PIECE -> drawEdgePiece(gc, projection, edgePieces.get(item.index));
            }
        }
        overlays.legend(gc, area, scene.legend());
        overlays.caption(gc, area, caption);
        overlays.axes(gc, area, scene.cellVectors(), camera);
        if (hoverAtom >= 0 && hoverAtom < scene.atoms().size()) {
            overlays.hover(gc, area, scene, projection, hoverAtom);
        }
        return projection;
    }

    /** Paints a centred message in place of a scene (nothing loaded yet); lines are split at '\n'. */
    public void paintMessage(GC gc, Rectangle area, String message) {
        overlays.message(gc, area, message);
    }

    public void dispose() {
        sprites.dispose();
    }

    private enum Kind { ATOM, BOND_HALF, EDGE_PIECE }

    /** One thing to draw; {@code part} is the bond end (0: from a, 1: from b). */
    private record Item(Kind kind, int index, int part, double depth) {
    }

    private static List<Item> sortedItems(StructureScene scene, List<double[][]> pieces, Projection p,
            RenderOptions options) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < scene.atoms().size(); i++) {
            items.add(new Item(Kind.ATOM, i, 0, p.atom(i)[2]));
        }
        if (options.bonds()) {
            List<Bond> bonds = scene.bonds();
            for (int i = 0; i < bonds.size(); i++) {
                double za = p.atom(bonds.get(i).a())[2];
                double zb = p.atom(bonds.get(i).b())[2];
                double mid = (za + zb) / 2;
                items.add(new Item(Kind.BOND_HALF, i, 0, (za + mid) / 2));
                items.add(new Item(Kind.BOND_HALF, i, 1, (zb + mid) / 2));
            }
        }
        if (options.cell()) {
            for (int i = 0; i < pieces.size(); i++) {
                double[][] piece = pieces.get(i);
                items.add(new Item(Kind.EDGE_PIECE, i, 0, p.project(lerp(piece[0], piece[1], 0.5))[2]));
            }
        }
        items.sort((x, y) -> Double.compare(x.depth, y.depth));
        return items;
    }

    private void drawAtom(GC gc, StructureScene scene, Projection p, int i, boolean label) {
        Atom atom = scene.atoms().get(i);
        double[] s = p.atom(i);
        int d = (int) Math.round(2 * p.atomRadius(i));
        RGB rgb = ElementColors.of(atom.element());
        Image sprite = sprites.sphere(rgb, d);
        int size = sprite.getBounds().width;
        gc.drawImage(sprite, (int) Math.round(s[0] - size / 2.0), (int) Math.round(s[1] - size / 2.0));
        if (label && d >= 14) {
            String text = atom.element().symbol();
            Point extent = gc.textExtent(text);
            gc.setForeground(color(luminance(rgb) > 140 ? Overlays.INK : Overlays.BACKGROUND));
            gc.drawText(text, (int) Math.round(s[0] - extent.x / 2.0), (int) Math.round(s[1] - extent.y / 2.0),
                    true);
        }
    }

    /**
     * One half of a bond as a shaded stick: dark rim, body in the atom's colour, light centre line. It starts on
     * the atom's surface, not its centre, so a stick coming towards the viewer shows over its own atom only
     * where it leaves the sphere.
     */
    private void drawBondHalf(GC gc, StructureScene scene, Projection p, int i, int end) {
        Bond bond = scene.bonds().get(i);
        Atom own = scene.atoms().get(end == 0 ? bond.a() : bond.b());
        Atom other = scene.atoms().get(end == 0 ? bond.b() : bond.a());
        double[] a = own.position();
        double[] b = other.position();
        double length = bond.length();
        if (own.radius() >= length / 2) {
            return; // the atom hides its whole half
        }
        double[] from = p.project(lerp(a, b, own.radius() / length));
        double[] mid = p.project(lerp(a, b, 0.5));
        int width = (int) Math.max(2, Math.round(BOND_WIDTH * 2 * p.scale()));
        RGB rgb = ElementColors.of(own.element());
        gc.setLineCap(SWT.CAP_FLAT);
        stroke(gc, width + 2, scaled(rgb, 0.45), from, mid);
        stroke(gc, width, scaled(rgb, 0.85), from, mid);
        if (width >= 5) {
            double[] shift = towardsLight(from, mid, width * 0.2);
            stroke(gc, Math.max(1, width / 3), lighter(rgb, 0.45), new double[] {from[0] + shift[0],
                from[1] + shift[1]}, new double[] {mid[0] + shift[0], mid[1] + shift[1]});
        }
    }

    /** A sideways shift of the stick's centre line towards the upper left, where the light is. */
    private static double[] towardsLight(double[] from, double[] to, double distance) {
        double nx = from[1] - to[1];
        double ny = to[0] - from[0];
        double n = Math.hypot(nx, ny);
        if (n == 0) {
            return new double[2];
        }
        double sign = nx + ny > 0 ? -1 : 1; // the screen's upper left is (-1, -1)
        return new double[] {sign * nx / n * distance, sign * ny / n * distance};
    }

    private void stroke(GC gc, int width, RGB rgb, double[] from, double[] to) {
        gc.setLineWidth(width);
        gc.setForeground(color(rgb));
        line(gc, from[0], from[1], to[0], to[1]);
    }

    private void drawEdgePiece(GC gc, Projection p, double[][] piece) {
        double[] a = p.project(piece[0]);
        double[] b = p.project(piece[1]);
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineWidth(2);
        gc.setForeground(color(CELL));
        line(gc, a[0], a[1], b[0], b[1]);
    }

    /** The pieces of the cell edges that lie outside every atom (model coordinates), worked out once per scene. */
    private List<double[][]> visibleEdgePieces(StructureScene scene) {
        if (scene != piecesScene) {
            List<double[][]> pieces = new ArrayList<>();
            for (Edge edge : scene.cellEdges()) {
                for (int k = 0; k < EDGE_PIECES; k++) {
                    double[] from = lerp(edge.from(), edge.to(), (double) k / EDGE_PIECES);
                    double[] to = lerp(edge.from(), edge.to(), (double) (k + 1) / EDGE_PIECES);
                    if (!insideAnAtom(scene, lerp(from, to, 0.5))) {
                        pieces.add(new double[][] {from, to});
                    }
                }
            }
            piecesScene = scene;
            edgePieces = pieces;
        }
        return edgePieces;
    }

    private static boolean insideAnAtom(StructureScene scene, double[] point) {
        for (Atom atom : scene.atoms()) {
            double[] q = atom.position();
            double dx = point[0] - q[0];
            double dy = point[1] - q[1];
            double dz = point[2] - q[2];
            if (dx * dx + dy * dy + dz * dz < atom.radius() * atom.radius()) {
                return true;
            }
        }
        return false;
    }

    /** Colours are cheap on modern SWT (no OS resource), so they are made as needed. */
    private Color color(RGB rgb) {
        return new Color(device, rgb);
    }

    private static void line(GC gc, double x1, double y1, double x2, double y2) {
        gc.drawLine((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
    }

    private static double[] lerp(double[] a, double[] b, double t) {
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
    }

    private static RGB scaled(RGB c, double f) {
        return new RGB((int) (c.red * f), (int) (c.green * f), (int) (c.blue * f));
    }

    /** The colour moved a fraction {@code f} towards white. */
    private static RGB lighter(RGB c, double f) {
        return new RGB((int) (c.red + (255 - c.red) * f), (int) (c.green + (255 - c.green) * f),
                (int) (c.blue + (255 - c.blue) * f));
    }

    private static double luminance(RGB c) {
        return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue;
    }
}
