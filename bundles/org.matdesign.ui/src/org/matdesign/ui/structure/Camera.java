package org.matdesign.ui.structure;

/**
 * An orthographic trackball camera: a rotation of the model, a zoom relative to "the whole scene fits" and a
 * pan in pixels. View coordinates are x to the right, y up and z towards the viewer. Plain state, no toolkit.
 */
public final class Camera {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 30;

    /** The first view: c up, b to the right, a towards the viewer, then turned a little to show depth. */
    private static final double[][] HOME = multiply(multiply(rotationX(Math.toRadians(12)),
            rotationY(Math.toRadians(-28))), new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});

    private double[][] rotation;
    private double zoom;
    private double panX;
    private double panY;

    public Camera() {
        reset();
    }

    /** Back to the first view: home rotation, zoom 1, no pan. */
    public void reset() {
        rotation = copy(HOME);
        zoom = 1;
        panX = 0;
        panY = 0;
    }

    /**
     * Turns the model about the view's x axis (positive: the top comes towards the viewer) and then about its y
     * axis (positive: the front moves to the right), in radians.
     */
    public void rotate(double aboutViewX, double aboutViewY) {
        rotation = orthonormalized(multiply(rotationY(aboutViewY), multiply(rotationX(aboutViewX), rotation)));
    }

    /** Multiplies the zoom, kept within [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]. */
    public void zoomBy(double factor) {
        if (factor > 0 && Double.isFinite(factor)) {
            zoom = Math.clamp(zoom * factor, MIN_ZOOM, MAX_ZOOM);
        }
    }

    /** Moves the picture by (dx, dy) pixels, y down as on the screen. */
    public void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
    }

    /** The model point p, relative to {@code center}, in view coordinates. */
    public double[] toView(double[] p, double[] center) {
        double x = p[0] - center[0];
        double y = p[1] - center[1];
        double z = p[2] - center[2];
        double[][] r = rotation;
        return new double[] {r[0][0] * x + r[0][1] * y + r[0][2] * z, r[1][0] * x + r[1][1] * y + r[1][2] * z,
            r[2][0] * x + r[2][1] * y + r[2][2] * z};
    }

    /** The model direction d in view coordinates (for the axes marker). */
    public double[] directionToView(double[] d) {
        return toView(d, new double[3]);
    }

    /** The rotation matrix (rows: view x, y, z in model coordinates), a copy. */
    public double[][] rotation() {
        return copy(rotation);
    }

    public double zoom() {
        return zoom;
    }

    public double panX() {
        return panX;
    }

    public double panY() {
        return panY;
    }

    /** Whether this camera shows the first view. */
    public boolean isHome() {
        return zoom == 1 && panX == 0 && panY == 0 && java.util.Arrays.deepEquals(rotation, HOME);
    }

    private static double[][] rotationX(double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
    }

    private static double[][] rotationY(double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    private static double[][] multiply(double[][] p, double[][] q) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = p[i][0] * q[0][j] + p[i][1] * q[1][j] + p[i][2] * q[2][j];
            }
        }
        return r;
    }

    /** Gram-Schmidt on the rows, so many small rotations do not shear the picture. */
    private static double[][] orthonormalized(double[][] m) {
        double[] x = normalized(m[0]);
        double[] y = m[1].clone();
        double d = dot(x, y);
        for (int k = 0; k < 3; k++) {
            y[k] -= d * x[k];
        }
        y = normalized(y);
        double[] z = {x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]};
        return new double[][] {x, y, z};
    }

    private static double[] normalized(double[] v) {
        double n = Math.sqrt(dot(v, v));
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double[][] copy(double[][] m) {
        return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }
}
