package org.matdesign.analysis.match;

/**
 * Tolerances of {@link StructureMatcher}, with the meaning of pymatgen's StructureMatcher arguments.
 *
 * @param ltol             fractional length tolerance of lattice vectors
 * @param stol             site tolerance, in units of the mean free length per atom (V/N)^(1/3)
 * @param angleTol         angle tolerance in degrees
 * @param primitiveCell    reduce both structures to primitive cells first
 * @param scale            scale both structures to the same volume first
 * @param attemptSupercell allow a supercell of one structure to match the other
 */
public record MatcherSettings(double ltol, double stol, double angleTol, boolean primitiveCell, boolean scale,
        boolean attemptSupercell) {

    public MatcherSettings {
        requirePositive("ltol", ltol);
        requirePositive("stol", stol);
        requirePositive("angleTol", angleTol);
    }

    /** The settings CDVAE and MEIDNet use (ltol 0.3, stol 0.5, angle_tol 10, primitive cell, scale, no supercell). */
    public static MatcherSettings defaults() {
        return new MatcherSettings(0.3, 0.5, 10, true, true, false);
    }

    /** pymatgen's own constructor defaults (ltol 0.2, stol 0.3, angle_tol 5). */
    public static MatcherSettings pymatgenDefaults() {
        return new MatcherSettings(0.2, 0.3, 5, true, true, false);
    }

    public MatcherSettings withLtol(double value) {
        return new MatcherSettings(value, stol, angleTol, primitiveCell, scale, attemptSupercell);
    }

    public MatcherSettings withStol(double value) {
        return new MatcherSettings(ltol, value, angleTol, primitiveCell, scale, attemptSupercell);
    }

    public MatcherSettings withAngleTol(double value) {
        return new MatcherSettings(ltol, stol, value, primitiveCell, scale, attemptSupercell);
    }

    public MatcherSettings withPrimitiveCell(boolean value) {
        return new MatcherSettings(ltol, stol, angleTol, value, scale, attemptSupercell);
    }

    public MatcherSettings withScale(boolean value) {
        return new MatcherSettings(ltol, stol, angleTol, primitiveCell, value, attemptSupercell);
    }

    public MatcherSettings withAttemptSupercell(boolean value) {
        return new MatcherSettings(ltol, stol, angleTol, primitiveCell, scale, value);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
    }
}
