package org.matdesign.core.io;

import java.util.Locale;

/** Locale-independent number formatting for writers. */
final class Fmt {

    private Fmt() {
    }

    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // avoid "-0.0000" which some readers dislike
        return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
    }
}
