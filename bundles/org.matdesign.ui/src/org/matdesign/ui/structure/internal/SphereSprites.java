package org.matdesign.ui.structure.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Pre-shaded sphere images (ambient + Lambert + Blinn highlight, soft alpha edge), cached per colour and
 * diameter: shading per pixel is far too slow to do per atom per frame, drawing a cached image is fast.
 */
public final class SphereSprites {

    /** Zooming makes new diameters; the least recently used sprites beyond this many are disposed. */
    private static final int CAPACITY = 256;
    private static final double AMBIENT = 0.28;
    private static final double DIFFUSE = 0.72;
    private static final double SPECULAR = 0.55;
    private static final double SHININESS = 36;
    /** Light from the upper left, in front of the screen. */
    private static final double[] LIGHT = normalized(-0.45, 0.55, 0.70);
    /** Half-way vector between the light and the viewer (0, 0, 1). */
    private static final double[] HALF = normalized(LIGHT[0], LIGHT[1], LIGHT[2] + 1);

    private final Device device;
    private final Map<Long, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            if (size() > CAPACITY) {
                eldest.getValue().dispose();
                return true;
            }
            return false;
        }
    };

    public SphereSprites(Device device) {
        this.device = device;
    }

    /** A sphere of this colour and diameter (at least 2 pixels); owned by this cache. */
    public Image sphere(RGB color, int diameter) {
        int d = Math.max(2, diameter);
        long key = ((long) d << 24) | (color.red << 16) | (color.green << 8) | color.blue;
        return cache.computeIfAbsent(key, k -> new Image(device, shade(color, d)));
    }

    public void dispose() {
        cache.values().forEach(Image::dispose);
        cache.clear();
    }

    static ImageData shade(RGB color, int d) {
        ImageData data = new ImageData(d, d, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        double r = d / 2.0;
        int[] pixels = new int[d];
        byte[] alphas = new byte[d];
        for (int py = 0; py < d; py++) {
            for (int px = 0; px < d; px++) {
                double nx = (px + 0.5 - r) / r;
                double ny = (r - py - 0.5) / r;
                double rr = nx * nx + ny * ny;
                double edge = (1 - Math.sqrt(rr)) * r; // pixels inside the rim
                if (edge <= -0.5) {
                    pixels[px] = 0;
                    alphas[px] = 0;
                    continue;
                }
                double nz = Math.sqrt(Math.max(0, 1 - rr));
                double lambert = Math.max(0, nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]);
                double spec = Math.pow(Math.max(0, nx * HALF[0] + ny * HALF[1] + nz * HALF[2]), SHININESS);
                double light = AMBIENT + DIFFUSE * lambert;
                pixels[px] = channel(color.red, light, spec) << 16 | channel(color.green, light, spec) << 8
                        | channel(color.blue, light, spec);
                alphas[px] = (byte) Math.round(255 * Math.clamp(edge + 0.5, 0, 1));
            }
            data.setPixels(0, py, d, pixels, 0);
            data.setAlphas(0, py, d, alphas, 0);
        }
        return data;
    }

    private static int channel(int base, double light, double spec) {
        return (int) Math.min(255, Math.round(base * light + 255 * SPECULAR * spec));
    }

    private static double[] normalized(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }
}
