package org.matdesign.analysis.novelty;

import org.matdesign.analysis.match.ReducedStructure;
import org.matdesign.analysis.match.StructureMatcher;

/**
 * Cheap tests run before the structure matcher. Same composition and (without attempt_supercell) the same number of
 * sites in the reduced cell are necessary for a match, so they never change a result. The volume-per-atom test is a
 * heuristic: with scale=true the matcher ignores volume, so two cells whose volumes per atom differ by more than the
 * tolerance could still match; set it to +infinity to compare everything.
 *
 * @param volumeTolerance largest allowed |V1 - V2| / min(V1, V2) of volumes per atom
 */
public record DuplicateFilter(double volumeTolerance) {

    public static final double DEFAULT_VOLUME_TOLERANCE = 0.3;

    public DuplicateFilter {
        if (!(volumeTolerance >= 0)) {
            throw new IllegalArgumentException("volume tolerance must be >= 0, got " + volumeTolerance);
        }
    }

    public static DuplicateFilter defaults() {
        return new DuplicateFilter(DEFAULT_VOLUME_TOLERANCE);
    }

    /** No volume heuristic: only the exact necessary conditions. */
    public static DuplicateFilter exact() {
        return new DuplicateFilter(Double.POSITIVE_INFINITY);
    }

    boolean mayMatch(ReducedStructure a, ReducedStructure b, StructureMatcher matcher) {
        if (!a.compositionKey().equals(b.compositionKey())) {
            return false;
        }
        if (!matcher.settings().attemptSupercell() && a.reducedSize() != b.reducedSize()) {
            return false;
        }
        double va = a.volumePerAtom();
        double vb = b.volumePerAtom();
        return Math.abs(va - vb) <= volumeTolerance * Math.min(va, vb);
    }
}
