package org.matdesign.analysis.validity;

import org.matdesign.core.Structure;

/** CDVAE validity of one crystal: structural and compositional, valid when both hold. */
public record Validity(boolean structural, boolean compositional, double minDistance, double volume) {

    public boolean valid() {
        return structural && compositional;
    }

    public static Validity of(Structure structure) {
        StructuralValidity.Result s = StructuralValidity.check(structure);
        return new Validity(s.valid(), ChargeNeutrality.isValid(structure), s.minDistance(), s.volume());
    }
}
