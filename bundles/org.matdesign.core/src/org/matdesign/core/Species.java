package org.matdesign.core;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An element with an optional integer oxidation state, written like pymatgen: "Fe2+", "O2-", "Na+", "Fe". */
public final class Species implements Comparable<Species> {

    // "Fe", "Fe2+", "Fe+2", "Na+", "O2-", "Fe0+"
    private static final Pattern FORM = Pattern.compile("([A-Z][a-z]?)(?:(\\d*)([+-])|([+-])(\\d*))?");

    private final Element element;
    private final boolean hasOxidationState;
    private final int oxidationState;

    public Species(Element element, int oxidationState) {
        this.element = Objects.requireNonNull(element, "element");
        this.hasOxidationState = true;
        this.oxidationState = oxidationState;
    }

    private Species(Element element) {
        this.element = Objects.requireNonNull(element, "element");
        this.hasOxidationState = false;
        this.oxidationState = 0;
    }

    /** The element without an oxidation state. */
    public static Species of(Element element) {
        return new Species(element);
    }

    /** Parses "Fe", "Fe2+", "Fe+2", "Na+", "O2-"; throws IllegalArgumentException naming bad input. */
    public static Species of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("species is null");
        }
        String s = text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches() || !Element.isSymbol(m.group(1))) {
            throw new IllegalArgumentException("cannot read species '" + text + "' (expected e.g. Fe, Fe2+, O2-)");
        }
        Element element = Element.of(m.group(1));
        String digits;
        String sign;
        if (m.group(3) != null) {
            digits = m.group(2);
            sign = m.group(3);
        } else if (m.group(4) != null) {
            digits = m.group(5);
            sign = m.group(4);
        } else {
            return new Species(element);
        }
        int magnitude;
        try {
            magnitude = digits.isEmpty() ? 1 : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("oxidation state too large in species '" + text + "'");
        }
        return new Species(element, sign.equals("-") ? -magnitude : magnitude);
    }

    public Element element() {
        return element;
    }

    public OptionalInt oxidationState() {
        return hasOxidationState ? OptionalInt.of(oxidationState) : OptionalInt.empty();
    }

    /** The same element without oxidation state. */
    public Species withoutOxidationState() {
        return hasOxidationState ? new Species(element) : this;
    }

    @Override
    public String toString() {
        if (!hasOxidationState) {
            return element.symbol();
        }
        int magnitude = Math.abs(oxidationState);
        // pymatgen writes "Fe2+", "Na+", "O2-", and "Fe0+" for zero
        return element.symbol() + (magnitude == 1 ? "" : Integer.toString(magnitude)) + (oxidationState < 0 ? "-" : "+");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Species other && other.element == element && other.hasOxidationState == hasOxidationState
                && other.oxidationState == oxidationState;
    }

    @Override
    public int hashCode() {
        return element.z() * 31 + (hasOxidationState ? 1000 + oxidationState : 0);
    }

    @Override
    public int compareTo(Species other) {
        int c = element.compareTo(other.element);
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(hasOxidationState, other.hasOxidationState);
        return c != 0 ? c : Integer.compare(oxidationState, other.oxidationState);
    }
}
