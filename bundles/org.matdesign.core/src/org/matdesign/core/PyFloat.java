package org.matdesign.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers the way pymatgen's formula strings do (Python {@code repr}, {@code round}). */
final class PyFloat {

    private PyFloat() {
    }

    /** Python's {@code round(x, digits)}: exact decimal rounding, ties to even. */
    static double round(double x, int digits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, "2.0", "0.5", "1e-05", "1.5e+16". */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        // Java 19+ Double.toString yields the shortest decimal that round-trips, as Python does
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale(); // decimal exponent of the first digit
        String sign = x < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        String plain = d.abs().toPlainString();
        if (!plain.contains(".")) {
            plain = plain + ".0";
        }
        return sign + plain;
    }

    /** pymatgen's {@code formula_double_format}. */
    static String formulaAmount(double amount, boolean ignoreOnes) {
        if (ignoreOnes && amount == 1) {
            return "";
        }
        long truncated = (long) amount; // Python int() truncates toward zero
        if (Math.abs(amount - truncated) < 1e-8) {
            return Long.toString(truncated);
        }
        return repr(round(amount, 8));
    }
}
