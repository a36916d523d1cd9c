package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.matdesign.core.Fixtures;
import org.matdesign.core.Lattice;
import org.matdesign.core.Structure;
import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;

/** CIF, POSCAR and pymatgen-JSON round trips keep lattice and coordinates to 1e-6. */
class RoundTripTest {

    private static List<Structure> samples() {
        List<Structure> list = new ArrayList<>();
        for (String name : Fixtures.text("/fixtures/cif/symmetrized/index.txt").strip().split("\\s+")) {
            list.add(CifReader.readString(Fixtures.text("/fixtures/cif/symmetrized/" + name + ".cif"), name).get(0));
        }
        DataLocation.find().ifPresent(data -> {
            for (String[] f : new String[][] {{"perov_5", "val.csv"}, {"carbon_24", "val.csv"},
                {"mp_20", "sample_rows_from_fork.csv"}}) {
                try (Stream<DatasetRow> rows = CdvaeDataset.stream(data.resolve(f[0]).resolve(f[1]))) {
                    rows.limit(300).forEach(r -> list.add(r.structure()));
                }
            }
        });
        return list;
    }

    @Test
    void cifRoundTrip() {
        List<Structure> samples = samples();
        for (Structure s : samples) {
            Structure back = CifReader.readString(CifWriter.write(s), "roundtrip.cif").get(0);
            // CIF stores parameters; structures read from CIF are already in pymatgen's orientation
            assertSame(s, back, 1e-6, true);
            Structure again = CifReader.readString(CifWriter.write(back), "roundtrip2.cif").get(0);
            assertSame(back, again, 1e-9, false);
        }
    }

    @Test
    void poscarRoundTrip() {
        for (Structure s : samples()) {
            Structure back = PoscarReader.readString(PoscarWriter.write(s), "POSCAR");
            assertSame(s.withoutOxidationStates(), back, 1e-6, false);
        }
    }

    @Test
    void jsonRoundTrip() {
        for (Structure s : samples()) {
            Structure back = PymatgenJson.readString(PymatgenJson.write(s), "s.json");
            assertSame(s, back, 1e-12, false);
        }
    }

    @Test
    void roundTripOfARotatedCellThroughCifKeepsTheShape() {
        Lattice rotated = Lattice.fromMatrix(new double[][] {{3, 1, 0.5}, {-1, 4, 0.2}, {0.3, 0.1, 5}});
        Structure s = Structure.of(rotated, List.of(org.matdesign.core.Species.of("Ga"), org.matdesign.core.Species.of("As")),
                List.of(new double[] {0, 0, 0}, new double[] {0.25, 0.25, 0.25}));
        Structure back = CifReader.readString(CifWriter.write(s), "r.cif").get(0);
        double[] p = s.lattice().parameters();
        double[] q = back.lattice().parameters();
        for (int k = 0; k < 6; k++) {
            assertEquals(p[k], q[k], 1e-8);
        }
        assertEquals(s.distance(0, 1), back.distance(0, 1), 1e-8);
    }

    /** Same species order, lattice matrix and coordinates (modulo 1 when the reader wraps). */
    static void assertSame(Structure expected, Structure actual, double tol, boolean moduloOne) {
        assertEquals(expected.size(), actual.size());
        double[][] a = expected.lattice().matrix();
        double[][] b = actual.lattice().matrix();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(a[i][k], b[i][k], tol, "lattice " + expected.composition().formula());
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.site(i).species(), actual.site(i).species(), "site " + i);
            for (int k = 0; k < 3; k++) {
                double d = expected.site(i).frac(k) - actual.site(i).frac(k);
                if (moduloOne) {
                    d -= Math.rint(d);
                }
                assertTrue(Math.abs(d) <= tol, "site " + i + " coordinate " + k + " differs by " + d);
            }
        }
    }
}
