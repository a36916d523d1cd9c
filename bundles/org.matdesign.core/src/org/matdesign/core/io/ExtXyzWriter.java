package org.matdesign.core.io;

import org.matdesign.core.Structure;

/**
 * Writes extended XYZ (as read by ASE's {@code ase.io.read(..., format="extxyz")}): atom count, a comment line
 * with {@code Lattice="..."}, {@code Properties=species:S:1:pos:R:3} and {@code pbc="T T T"}, then one line per atom
 * with the element and Cartesian position in Å.
 */
public final class ExtXyzWriter {

    private static final int DECIMALS = 10;

    private ExtXyzWriter() {
    }

    public static String write(Structure s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.size()).append('\n');
        sb.append("Lattice=\"");
        double[][] m = s.lattice().matrix();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                sb.append(i + k == 0 ? "" : " ").append(Fmt.fixed(m[i][k], DECIMALS));
            }
        }
        sb.append("\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n");
        for (int i = 0; i < s.size(); i++) {
            double[] c = s.cartesian(i);
            sb.append(s.site(i).element().symbol()).append(' ').append(Fmt.fixed(c[0], DECIMALS)).append(' ')
                    .append(Fmt.fixed(c[1], DECIMALS)).append(' ').append(Fmt.fixed(c[2], DECIMALS)).append('\n');
        }
        return sb.toString();
    }
}
