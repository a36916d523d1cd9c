package org.matdesign.cli.fuzz;

import org.matdesign.core.Structure;

/**
 * What a reader returns must be usable: a reader that returns a structure with non-finite coordinates has not
 * parsed it correctly, it has passed the problem on. Such a result fails here with an IllegalStateException, which
 * the harness counts as a crash.
 */
final class ParsedStructures {

    private ParsedStructures() {
    }

    static void check(Structure s) {
        s.composition().reducedFormula();
        if (!(s.volume() > 0) || !Double.isFinite(s.volume())) {
            throw new IllegalStateException("parsed a structure with cell volume " + s.volume());
        }
        for (int i = 0; i < s.size(); i++) {
            for (int k = 0; k < 3; k++) {
                if (!Double.isFinite(s.site(i).frac(k))) {
                    throw new IllegalStateException("parsed a structure whose site " + i
                            + " has a non-finite coordinate");
                }
            }
        }
    }
}
