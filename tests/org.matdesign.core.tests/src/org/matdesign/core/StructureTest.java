package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Structure geometry against pymatgen, on skewed cells where the distances were also checked by exhaustive image
 * search (fixtures/geometry/structures.json).
 */
class StructureTest {

    private static Structure structure(JsonObject o) {
        Lattice l = Lattice.fromMatrix(Fixtures.matrix(o.get("matrix")));
        List<Species> species = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("species")) {
            species.add(Species.of(e.getAsString()));
        }
        List<double[]> frac = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("frac")) {
            frac.add(Fixtures.vector(e));
        }
        return Structure.of(l, species, frac);
    }

    private static JsonArray fixtureStructures() {
        return Fixtures.json("/fixtures/geometry/structures.json").getAsJsonObject().getAsJsonArray("structures");
    }

    @Test
    void distanceMatricesOnSkewedCells() {
        int n = 0;
        for (JsonElement e : fixtureStructures()) {
            JsonObject o = e.getAsJsonObject();
            Structure s = structure(o);
            Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("distance_matrix")), s.distanceMatrix(), 1e-9,
                    "structure " + n + " distance matrix");
            assertEquals(s.distanceMatrix()[0][1], s.distance(0, 1), 0);
            assertEquals(o.get("minimum_distance").getAsDouble(), s.minimumDistance(), 1e-9, "structure " + n);
            assertEquals(o.get("density").getAsDouble(), s.density(), 1e-9, "structure " + n);
            assertEquals(o.get("formula").getAsString(), s.composition().formula());
            n++;
        }
        assertTrue(n >= 10);
    }

    @Test
    void neighborListsMatchPymatgen() {
        for (JsonElement e : fixtureStructures()) {
            JsonObject o = e.getAsJsonObject();
            Structure s = structure(o);
            List<Neighbor> actual = s.neighbors(o.get("neighbor_cutoff").getAsDouble());
            List<String> got = new ArrayList<>();
            for (Neighbor nb : actual) {
                got.add(nb.i() + " " + nb.j() + " " + Arrays.toString(nb.image()));
            }
            List<String> want = new ArrayList<>();
            JsonArray expected = o.getAsJsonArray("neighbors");
            for (JsonElement x : expected) {
                JsonArray a = x.getAsJsonArray();
                want.add(a.get(0).getAsInt() + " " + a.get(1).getAsInt() + " "
                        + Arrays.toString(new int[] {a.get(2).getAsJsonArray().get(0).getAsInt(),
                            a.get(2).getAsJsonArray().get(1).getAsInt(), a.get(2).getAsJsonArray().get(2).getAsInt()}));
            }
            List<String> gotSorted = new ArrayList<>(got);
            gotSorted.sort(null);
            want.sort(null);
            assertEquals(want, gotSorted);
            for (int k = 0; k < actual.size(); k++) {
                Neighbor nb = actual.get(k);
                double[] fi = s.site(nb.i()).frac();
                double[] fj = s.site(nb.j()).frac();
                double[] d = {fj[0] + nb.image()[0] - fi[0], fj[1] + nb.image()[1] - fi[1], fj[2] + nb.image()[2] - fi[2]};
                assertEquals(Mat3.norm(s.lattice().toCartesian(d)), nb.distance(), 1e-9);
            }
        }
    }

    @Test
    void supercellLikePymatgen() {
        JsonObject o = Fixtures.json("/fixtures/geometry/structures.json").getAsJsonObject().getAsJsonObject("supercell");
        Structure base = structure(o);
        double[][] sm = Fixtures.matrix(o.get("scaling"));
        int[][] scaling = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                scaling[i][j] = (int) sm[i][j];
            }
        }
        Structure sc = base.supercell(scaling);
        Fixtures.assertMatrixEquals(Fixtures.matrix(o.get("supercell_matrix")), sc.lattice().matrix(), 1e-12, "supercell lattice");
        double[][] frac = Fixtures.matrix(o.get("supercell_frac"));
        JsonArray species = o.getAsJsonArray("supercell_species");
        assertEquals(frac.length, sc.size());
        for (int i = 0; i < sc.size(); i++) {
            assertEquals(species.get(i).getAsString(), sc.site(i).species().toString(), "site " + i);
            // pymatgen maps -1e-17 to 1.0 on this lattice; equal up to a whole lattice vector is what matters
            for (int k = 0; k < 3; k++) {
                double d = frac[i][k] - sc.site(i).frac(k);
                assertEquals(0, d - Math.rint(d), 1e-12, "site " + i);
                assertTrue(Math.abs(d) < 1.0 + 1e-12, "site " + i);
            }
        }
        assertEquals(4 * base.volume(), sc.volume(), 1e-9);
        assertEquals(base.density(), sc.density(), 1e-12);
    }

    @Test
    void diagonalSupercellAndWrapping() {
        Structure s = Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90),
                List.of(Species.of("Cs"), Species.of("Cl")), List.of(new double[] {0, 0, 0}, new double[] {1.5, -0.5, 0.5}));
        Structure sc = s.supercell(2, 1, 3);
        assertEquals(12, sc.size());
        assertEquals("Cs6 Cl6", sc.composition().formula());
        assertEquals(s.minimumDistance(), sc.minimumDistance(), 1e-12);
        Structure w = s.wrapped();
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, w.site(1).frac(), 1e-15);
        assertArrayEquals(new double[] {1.5, -0.5, 0.5}, s.site(1).frac(), 0); // not wrapped silently
        assertEquals(0.0, Structure.wrap(new double[] {-1e-17, 0, 0})[0], 0);
    }

    @Test
    void minimumDistanceOfOneAtomIsTheShortestLatticeVector() {
        Structure s = Structure.of(Lattice.fromParameters(3, 4, 5, 90, 90, 90), List.of(Species.of("Po")),
                List.<double[]>of(new double[] {0.2, 0.2, 0.2}));
        assertEquals(3.0, s.minimumDistance(), 1e-12);
        assertEquals(4, s.neighbors(4.5).size()); // images along +-a (3 Å) and +-b (4 Å); a+b is 5 Å
        assertEquals(10, s.neighbors(5.01).size()); // plus +-c and +-a+-b (5 Å)
    }

    @Test
    void reducedCellsKeepTheCrystal() {
        for (JsonElement e : fixtureStructures()) {
            Structure s = structure(e.getAsJsonObject());
            for (Structure r : new Structure[] {s.niggliReduced(), s.lllReduced()}) {
                assertEquals(s.volume(), r.volume(), 1e-9 * s.volume());
                assertEquals(s.size(), r.size());
                Fixtures.assertMatrixEquals(s.distanceMatrix(), r.distanceMatrix(), 1e-9, "distances after reduction");
                for (int i = 0; i < s.size(); i++) {
                    assertEquals(s.site(i).species(), r.site(i).species());
                    // same Cartesian position up to a lattice vector
                    assertEquals(0, s.lattice().minimumImageDistance(s.site(i).frac(),
                            s.lattice().toFractional(r.cartesian(i))), 1e-9);
                    for (int k = 0; k < 3; k++) {
                        assertTrue(r.site(i).frac(k) >= 0 && r.site(i).frac(k) < 1);
                    }
                }
            }
            assertArrayEquals(s.lattice().niggliReduced().parameters(), s.niggliReduced().lattice().parameters(), 1e-12);
        }
    }

    @Test
    void invalidStructuresAreRefused() {
        Lattice l = Lattice.fromParameters(3, 3, 3, 90, 90, 90);
        assertThrows(IllegalArgumentException.class, () -> new Structure(l, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Structure.of(l, List.of(Species.of("Fe")), List.<double[]>of(new double[] {Double.NaN, 0, 0})));
        assertThrows(IllegalArgumentException.class,
                () -> Structure.of(l, List.of(Species.of("Fe")), List.of(new double[] {0, 0, 0}, new double[] {1, 0, 0})));
        Structure s = Structure.of(l, List.of(Species.of("Fe")), List.<double[]>of(new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> s.neighbors(0));
        assertThrows(IllegalArgumentException.class, () -> s.neighbors(1e4));
        assertThrows(IllegalArgumentException.class, () -> s.supercell(0, 1, 1));
    }
}
