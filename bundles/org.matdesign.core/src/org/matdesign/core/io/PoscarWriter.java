package org.matdesign.core.io;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.core.Element;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * Writes VASP 5 POSCAR text like pymatgen's {@code Poscar}: formula comment, scale 1.0, lattice rows, species and
 * count lines (consecutive runs of one element; site order is kept), direct coordinates with 16 decimals.
 * Oxidation states are not representable in POSCAR and are dropped.
 */
public final class PoscarWriter {

    private static final int DECIMALS = 16;

    private PoscarWriter() {
    }

    public static String write(Structure s) {
        return write(s, s.composition().formula());
    }

    public static String write(Structure s, String comment) {
        StringBuilder sb = new StringBuilder();
        sb.append(comment == null ? "" : comment.replace('\n', ' ')).append('\n');
        sb.append("1.0\n");
        for (double[] row : s.lattice().matrix()) {
            sb.append(String.format("   %s   %s   %s%n", Fmt.fixed(row[0], DECIMALS), Fmt.fixed(row[1], DECIMALS),
                    Fmt.fixed(row[2], DECIMALS)).replace(System.lineSeparator(), "\n"));
        }
        List<Element> runs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Site site : s.sites()) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1) == site.element()) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            } else {
                runs.add(site.element());
                counts.add(1);
            }
        }
        StringBuilder names = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            names.append(i == 0 ? "" : " ").append(runs.get(i).symbol());
            numbers.append(i == 0 ? "" : " ").append(counts.get(i));
        }
        sb.append(names).append('\n').append(numbers).append('\n').append("direct\n");
        for (Site site : s.sites()) {
            sb.append("   ").append(Fmt.fixed(site.frac(0), DECIMALS)).append("   ")
                    .append(Fmt.fixed(site.frac(1), DECIMALS)).append("   ")
                    .append(Fmt.fixed(site.frac(2), DECIMALS)).append(' ').append(site.element().symbol()).append('\n');
        }
        return sb.toString();
    }
}
