package org.matdesign.ui.structure;

/**
 * What part of the infinite crystal a scene shows.
 *
 * @param na             cells along a (1..3), likewise {@code nb} and {@code nc}
 * @param boundaryAtoms  also show the periodic images that lie on the faces, edges and corners of the repeated
 *                       block, so a cubic cell shows all 8 corners (as VESTA does)
 * @param bondTolerance  two atoms are bonded when their distance is at most this times the sum of their covalent
 *                       radii
 */
public record SceneOptions(int na, int nb, int nc, boolean boundaryAtoms, double bondTolerance) {

    public static final int MAX_REPEAT = 3;
    public static final double DEFAULT_BOND_TOLERANCE = 1.15;

    public SceneOptions {
        for (int n : new int[] {na, nb, nc}) {
            if (n < 1 || n > MAX_REPEAT) {
                throw new IllegalArgumentException("repeat " + n + " is outside 1.." + MAX_REPEAT);
            }
        }
        if (!(bondTolerance > 0)) {
            throw new IllegalArgumentException("bond tolerance must be positive, got " + bondTolerance);
        }
    }

    /** One cell with its boundary atoms and the default bond tolerance. */
    public static SceneOptions defaults() {
        return new SceneOptions(1, 1, 1, true, DEFAULT_BOND_TOLERANCE);
    }

    public SceneOptions withRepeats(int a, int b, int c) {
        return new SceneOptions(a, b, c, boundaryAtoms, bondTolerance);
    }

    public SceneOptions withBoundaryAtoms(boolean show) {
        return new SceneOptions(na, nb, nc, show, bondTolerance);
    }

    /** Repeats along one axis (0 = a, 1 = b, 2 = c). */
    public int repeat(int axis) {
        return switch (axis) {
            case 0 -> na;
            case 1 -> nb;
            case 2 -> nc;
            default -> throw new IllegalArgumentException("axis " + axis + " is not 0, 1 or 2");
        };
    }
}
