package org.matdesign.analysis.hull;

import java.util.Objects;
import org.matdesign.core.Composition;

/** A phase of known energy: composition and total energy per atom (eV/atom), with an optional identifier. */
public record PhaseEntry(String id, Composition composition, double energyPerAtom) {

    public PhaseEntry {
        Objects.requireNonNull(composition, "composition");
        if (composition.numAtoms() <= 0) {
            throw new IllegalArgumentException("entry " + id + " has an empty composition");
        }
        if (!Double.isFinite(energyPerAtom)) {
            throw new IllegalArgumentException("entry " + id + " has a non-finite energy per atom: " + energyPerAtom);
        }
    }

    public static PhaseEntry of(String formula, double energyPerAtom) {
        return new PhaseEntry(formula, Composition.parse(formula), energyPerAtom);
    }
}
