package org.matdesign.ui.tests.structure;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;

/** Simple measures of a rendered picture. */
final class Pixels {

    private Pixels() {
    }

    static RGB at(ImageData picture, int x, int y) {
        return picture.palette.getRGB(picture.getPixel(x, y));
    }

    /** Share of pixels that are not the white background. */
    static double ink(ImageData picture) {
        long ink = 0;
        for (int y = 0; y < picture.height; y++) {
            for (int x = 0; x < picture.width; x++) {
                RGB c = at(picture, x, y);
                if (c.red < 250 || c.green < 250 || c.blue < 250) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) picture.width * picture.height);
    }

    static int distinctColors(ImageData picture) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < picture.height; y++) {
            for (int x = 0; x < picture.width; x++) {
                RGB c = at(picture, x, y);
                colors.add(c.red << 16 | c.green << 8 | c.blue);
            }
        }
        return colors.size();
    }

    /** Share of pixels that differ between two pictures of the same size. */
    static double difference(ImageData p, ImageData q) {
        long differing = 0;
        for (int y = 0; y < p.height; y++) {
            for (int x = 0; x < p.width; x++) {
                if (!at(p, x, y).equals(at(q, x, y))) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) p.width * p.height);
    }

    /** Whether some pixel in the box satisfies the test (e.g. "is Na purple"). */
    static boolean anyIn(ImageData picture, int x0, int y0, int x1, int y1, java.util.function.Predicate<RGB> test) {
        for (int y = Math.max(0, y0); y < Math.min(picture.height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(picture.width, x1); x++) {
                if (test.test(at(picture, x, y))) {
                    return true;
                }
            }
        }
        return false;
    }
}
