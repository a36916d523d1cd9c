package org.matdesign.outputs.render;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the outputs write them: always a dot, no locale, empty for NaN (unknown). */
public final class Num {

    private Num() {
    }

    /**
     * Full precision for files that are read back (CSV): the shortest text that parses to the same double, without
     * an exponent for ordinary magnitudes; empty for NaN, {@code inf}/{@code -inf} for infinities.
     */
    public static String exact(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-7 || a >= 1e15) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** For people (report): up to {@code digits} significant digits, no exponent; empty for NaN. */
    public static String people(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "" : (v > 0 ? "inf" : "-inf");
        }
        if (v == 0) {
            return "0";
        }
        String s = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
