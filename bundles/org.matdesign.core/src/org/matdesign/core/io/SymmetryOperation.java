package org.matdesign.core.io;

import java.util.Locale;

/**
 * A crystallographic symmetry operation in fractional coordinates, x' = R x + t, parsed from the CIF xyz form
 * ("x, y, z", "-x+1/2, y-x, z+0.25", "1/2+X,-Y,Z").
 */
public final class SymmetryOperation {

    private final double[][] rotation;
    private final double[] translation;
    private final String text;

    private SymmetryOperation(double[][] rotation, double[] translation, String text) {
        this.rotation = rotation;
        this.translation = translation;
        this.text = text;
    }

    public static SymmetryOperation identity() {
        return new SymmetryOperation(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3], "x, y, z");
    }

    /**
     * Parses the xyz form.
     *
     * @throws IllegalArgumentException describing what is wrong with the text
     */
    public static SymmetryOperation parse(String xyz) {
        if (xyz == null) {
            throw new IllegalArgumentException("symmetry operation is missing");
        }
        String[] parts = xyz.toLowerCase(Locale.ROOT).replace(" ", "").split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("symmetry operation '" + xyz + "' does not have 3 comma-separated parts");
        }
        double[][] r = new double[3][3];
        double[] t = new double[3];
        for (int row = 0; row < 3; row++) {
            parseComponent(parts[row], r[row], t, row, xyz);
        }
        return new SymmetryOperation(r, t, xyz.strip());
    }

    private static void parseComponent(String s, double[] rotationRow, double[] t, int row, String whole) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("symmetry operation '" + whole + "' has an empty part");
        }
        int i = 0;
        while (i < s.length()) {
            double sign = 1;
            char c = s.charAt(i);
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                i++;
                if (i >= s.length()) {
                    throw new IllegalArgumentException("symmetry operation '" + whole + "' ends with a sign");
                }
                c = s.charAt(i);
            }
            if (c == 'x' || c == 'y' || c == 'z') {
                rotationRow[c - 'x'] += sign;
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '/')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("symmetry operation '" + whole + "' has unexpected '" + c + "'");
            }
            double number = fraction(s.substring(start, i), whole);
            // "2x" style coefficients (rare, hexagonal settings) multiply the following axis
            if (i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'y' || s.charAt(i) == 'z')) {
                rotationRow[s.charAt(i) - 'x'] += sign * number;
                i++;
            } else if (i < s.length() && s.charAt(i) == '*') {
                i++;
                if (i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'y' || s.charAt(i) == 'z')) {
                    rotationRow[s.charAt(i) - 'x'] += sign * number;
                    i++;
                } else {
                    throw new IllegalArgumentException("symmetry operation '" + whole + "' has a dangling '*'");
                }
            } else {
                t[row] += sign * number;
            }
        }
    }

    private static double fraction(String s, String whole) {
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                double den = Double.parseDouble(s.substring(slash + 1));
                if (den == 0) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(s.substring(0, slash)) / den;
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("symmetry operation '" + whole + "' has a bad number '" + s + "'");
        }
    }

    /** Applies the operation to fractional coordinates. */
    public double[] apply(double[] f) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = rotation[i][0] * f[0] + rotation[i][1] * f[1] + rotation[i][2] * f[2] + translation[i];
        }
        return out;
    }

    public boolean isIdentity() {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (rotation[i][j] != (i == j ? 1 : 0)) {
                    return false;
                }
            }
            if (translation[i] - Math.rint(translation[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Determinant of the rotation part; ±1 for a valid operation. */
    double determinant() {
        double[][] m = rotation;
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    @Override
    public String toString() {
        return text;
    }
}
