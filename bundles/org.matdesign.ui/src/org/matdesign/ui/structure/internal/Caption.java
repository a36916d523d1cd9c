package org.matdesign.ui.structure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.matdesign.core.Lattice;
import org.matdesign.core.Structure;

/** The lines in the picture's upper right corner: title, formula, cell lengths and angles. */
public final class Caption {

    private Caption() {
    }

    /** @param title a file name or candidate id; may be null */
    public static List<String> of(Structure structure, String title) {
        List<String> lines = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            lines.add(title);
        }
        lines.add(structure.composition().reducedFormula() + "  (" + structure.size() + " sites)");
        Lattice l = structure.lattice();
        lines.add(String.format(Locale.ROOT, "a %.3f  b %.3f  c %.3f \u00c5", l.a(), l.b(), l.c()));
        lines.add(String.format(Locale.ROOT, "\u03b1 %.2f  \u03b2 %.2f  \u03b3 %.2f\u00b0", l.alpha(), l.beta(),
                l.gamma()));
        return lines;
    }
}
