package org.matdesign.analysis.validity;

import org.matdesign.core.Structure;

/**
 * CDVAE's structural validity: the smallest minimum-image distance between two distinct sites is at least 0.5 A and
 * the cell volume at least 0.1 A^3. Like pymatgen's distance_matrix with a padded diagonal, an atom's distance to its
 * own periodic images is not counted, so a one-atom cell has no pair (minimum distance +infinity).
 */
public final class StructuralValidity {

    public static final double MIN_DISTANCE = 0.5;
    public static final double MIN_VOLUME = 0.1;

    /** @param minDistance smallest distance between two distinct sites (+infinity with one site) */
    public record Result(boolean valid, double minDistance, double volume) {
    }

    private StructuralValidity() {
    }

    public static Result check(Structure structure) {
        double volume = structure.volume();
        double min = minPairDistance(structure);
        boolean valid = min >= MIN_DISTANCE && volume >= MIN_VOLUME && Double.isFinite(volume);
        return new Result(valid, min, volume);
    }

    public static double minPairDistance(Structure structure) {
        int n = structure.size();
        double min = Double.POSITIVE_INFINITY;
        if (n > 1) {
            double[][] d = structure.distanceMatrix();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    min = Math.min(min, d[i][j]);
                }
            }
        }
        return min;
    }
}
