package org.matdesign.outputs.render;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * What the report needs to draw a crystal: lattice vectors as rows (Å), one element symbol and fractional coordinate per
 * site.
 */
public record CellView(double[][] lattice, List<String> symbols, List<double[]> frac) {

    public CellView {
        if (lattice == null || lattice.length != 3) {
            throw new IllegalArgumentException("lattice must have 3 rows");
        }
        double[][] l = new double[3][];
        for (int i = 0; i < 3; i++) {
            if (lattice[i] == null || lattice[i].length != 3) {
                throw new IllegalArgumentException("lattice row " + i + " must have 3 values");
            }
            l[i] = lattice[i].clone();
        }
        lattice = l;
        if (symbols.size() != frac.size()) {
            throw new IllegalArgumentException(symbols.size() + " symbols but " + frac.size() + " coordinates");
        }
        symbols = List.copyOf(symbols);
        List<double[]> f = new ArrayList<>();
        for (double[] x : frac) {
            if (x.length != 3) {
                throw new IllegalArgumentException("fractional coordinates must have 3 values");
            }
            f.add(x.clone());
        }
        frac = List.copyOf(f);
    }

    public static CellView of(Structure s) {
        List<String> symbols = new ArrayList<>();
        List<double[]> frac = new ArrayList<>();
        for (Site site : s.sites()) {
            symbols.add(site.element().symbol());
            frac.add(site.frac());
        }
        return new CellView(s.lattice().matrix(), symbols, frac);
    }

    public int size() {
        return symbols.size();
    }

    public double[] cartesian(double[] f) {
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            c[k] = f[0] * lattice[0][k] + f[1] * lattice[1][k] + f[2] * lattice[2][k];
        }
        return c;
    }
}
