package org.matdesign.core;

import java.util.Arrays;

/**
 * A periodic neighbour: site {@code j} shifted by the lattice vector {@code image} (in units of the structure's
 * lattice vectors) lies at {@code distance} Å from site {@code i}. The image array is not copied; do not modify it.
 */
public record Neighbor(int i, int j, int[] image, double distance) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Neighbor n && n.i == i && n.j == j && Arrays.equals(n.image, image)
                && Double.compare(n.distance, distance) == 0;
    }

    @Override
    public int hashCode() {
        return (i * 31 + j) * 31 + Arrays.hashCode(image);
    }

    @Override
    public String toString() {
        return "Neighbor[i=" + i + ", j=" + j + ", image=" + Arrays.toString(image) + ", distance=" + distance + "]";
    }
}
