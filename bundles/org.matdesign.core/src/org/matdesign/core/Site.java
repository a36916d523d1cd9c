package org.matdesign.core;

import java.util.Arrays;
import java.util.Objects;

/** One atom of a structure: species, fractional coordinates and an optional label. Immutable. */
public final class Site {

    private final Species species;
    private final double[] frac;
    private final String label;

    public Site(Species species, double[] frac, String label) {
        this.species = Objects.requireNonNull(species, "species");
        Objects.requireNonNull(frac, "fractional coordinates");
        if (frac.length != 3) {
            throw new IllegalArgumentException("a site needs 3 fractional coordinates, got " + frac.length);
        }
        this.frac = frac.clone();
        this.label = label;
    }

    public Site(Species species, double[] frac) {
        this(species, frac, null);
    }

    public Species species() {
        return species;
    }

    public Element element() {
        return species.element();
    }

    /** Fractional coordinates (a copy). */
    public double[] frac() {
        return frac.clone();
    }

    /** One fractional coordinate (0, 1, 2) without copying. */
    public double frac(int axis) {
        return frac[axis];
    }

    /** The label read from a file (e.g. CIF {@code _atom_site_label}); may be null. */
    public String label() {
        return label;
    }

    public Site withFrac(double[] newFrac) {
        return new Site(species, newFrac, label);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site s && s.species.equals(species) && Arrays.equals(s.frac, frac)
                && Objects.equals(s.label, label);
    }

    @Override
    public int hashCode() {
        return species.hashCode() * 31 + Arrays.hashCode(frac);
    }

    @Override
    public String toString() {
        return species + " " + Arrays.toString(frac) + (label == null ? "" : " (" + label + ")");
    }
}
