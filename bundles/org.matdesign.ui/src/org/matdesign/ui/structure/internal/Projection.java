package org.matdesign.ui.structure.internal;

import java.util.List;

import org.matdesign.ui.structure.Camera;
import org.matdesign.ui.structure.StructureScene;
import org.matdesign.ui.structure.StructureScene.Atom;

/**
 * Where the camera puts a scene in a viewport: pixel positions and depths of points, and which atom lies under
 * a pixel. Orthographic, so a sphere of radius r Å is a disc of radius r times {@link #scale()} pixels.
 */
public final class Projection {

    /** Fraction of the shorter viewport side that the scene's enclosing sphere fills at zoom 1. */
    private static final double FILL = 0.92;

    private final StructureScene scene;
    private final Camera camera;
    private final double originX;
    private final double originY;
    private final double scale;
    private final double[][] atomPoints;

    public Projection(StructureScene scene, Camera camera, int x, int y, int width, int height) {
        this.scene = scene;
        this.camera = camera;
        this.originX = x + width / 2.0 + camera.panX();
        this.originY = y + height / 2.0 + camera.panY();
        double radius = Math.max(scene.radius(), 1e-3);
        this.scale = camera.zoom() * FILL * Math.min(width, height) / (2 * radius);
        List<Atom> atoms = scene.atoms();
        atomPoints = new double[atoms.size()][];
        for (int i = 0; i < atomPoints.length; i++) {
            atomPoints[i] = project(atoms.get(i).position());
        }
    }

    /** Pixels per Å. */
    public double scale() {
        return scale;
    }

    /** Screen x, screen y (down) and depth (larger is nearer) of a model point. */
    public double[] project(double[] p) {
        double[] v = camera.toView(p, scene.center());
        return new double[] {originX + v[0] * scale, originY - v[1] * scale, v[2]};
    }

    /** The projected point of atom i (not a copy; do not modify). */
    public double[] atom(int i) {
        return atomPoints[i];
    }

    /** Drawn radius of atom i in pixels. */
    public double atomRadius(int i) {
        return scene.atoms().get(i).radius() * scale;
    }

    /** The nearest atom whose disc holds the pixel (x, y), or -1. */
    public int atomAt(double x, double y) {
        int best = -1;
        for (int i = 0; i < atomPoints.length; i++) {
            double dx = x - atomPoints[i][0];
            double dy = y - atomPoints[i][1];
            double r = atomRadius(i);
            if (dx * dx + dy * dy <= r * r && (best < 0 || atomPoints[i][2] > atomPoints[best][2])) {
                best = i;
            }
        }
        return best;
    }
}
