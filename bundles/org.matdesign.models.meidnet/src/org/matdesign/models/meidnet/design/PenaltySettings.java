package org.matdesign.models.meidnet.design;

/**
 * Windows and weights of the physical penalties (L_physical of paper eq. 7).
 *
 * @param minDistance        soft minimum periodic interatomic distance, Angstrom (shorter pairs are penalised)
 * @param minVolumePerAtom   lower end of the plausible volume per atom, cubic Angstrom
 * @param maxVolumePerAtom   upper end, cubic Angstrom
 * @param octahedralMin      lower end of the octahedral factor window r_B / r_X
 * @param octahedralMax      upper end
 * @param distanceWeight     weight of the distance term
 * @param chargeWeight       weight of the charge-neutrality term
 * @param volumeWeight       weight of the volume term
 * @param perovskiteWeight   weight of the Goldschmidt + octahedral term (ABX3 only)
 */
public record PenaltySettings(double minDistance, double minVolumePerAtom, double maxVolumePerAtom,
        double octahedralMin, double octahedralMax, double distanceWeight, double chargeWeight, double volumeWeight,
        double perovskiteWeight) {

    /**
     * Goldschmidt windows per anion family (oxide, halide, chalcogenide, nitride), from the MEIDNet reference design
     * code; anions of no listed family use {@link #GENERIC_TOLERANCE}.
     */
    public static final double[][] TOLERANCE_WINDOWS = {{0.80, 1.05}, {0.75, 1.02}, {0.78, 1.05}, {0.75, 1.08}};
    public static final double[] GENERIC_TOLERANCE = {0.75, 1.08};

    /**
     * Defaults: 1.5 Å keeps cation-anion pairs apart without touching real bonds (Perov-5's shortest B-X bonds are
     * ~1.8-2.1 Å); 8-35 Å³/atom spans dense oxides to open halides; octahedral window 0.414-0.90 as in the reference.
     */
    public static PenaltySettings defaults() {
        return new PenaltySettings(1.5, 8.0, 35.0, 0.414, 0.90, 1.0, 0.5, 5.0, 10.0);
    }

    public PenaltySettings {
        if (!(minDistance > 0) || !(minVolumePerAtom > 0) || !(maxVolumePerAtom > minVolumePerAtom)
                || !(octahedralMax > octahedralMin)) {
            throw new IllegalArgumentException("penalty windows must be positive and ordered");
        }
        if (distanceWeight < 0 || chargeWeight < 0 || volumeWeight < 0 || perovskiteWeight < 0) {
            throw new IllegalArgumentException("penalty weights must be >= 0");
        }
    }
}
