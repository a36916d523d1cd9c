package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.matdesign.core.Composition;
import org.matdesign.core.Element;
import org.matdesign.core.Fixtures;
import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * Symmetrised CIFs written by pymatgen's CifWriter(symprec=0.1), in ASE's layout with ASE's symmetry operations,
 * and ASE's own P1 output expand to the P1 structure that pymatgen resp. ASE read from the same file
 * (fixtures/cif/symmetrized, made by make_cif_fixtures.py): same cell, composition, site count and the same sites
 * (species and position, to 1e-4 Å); for pymatgen files also the same site order.
 */
class SymmetrizedCifTest {

    @Test
    void everyFixtureExpandsToTheReferenceP1Structure() {
        String[] names = Fixtures.text("/fixtures/cif/symmetrized/index.txt").strip().split("\\s+");
        assertTrue(names.length >= 20, "fixture index lists " + names.length + " files");
        for (String name : names) {
            String cif = Fixtures.text("/fixtures/cif/symmetrized/" + name + ".cif");
            JsonObject expected = Fixtures.json("/fixtures/cif/symmetrized/" + name + ".expected.json").getAsJsonObject();
            Structure s = CifReader.readString(cif, name + ".cif").get(0);
            check(name, s, expected, name.startsWith("pmg_"));
        }
    }

    private static void check(String name, Structure s, JsonObject expected, boolean sameOrder) {
        double[] cell = Fixtures.vector(expected.get("cell"));
        assertArrayEquals(cell, s.lattice().parameters(), 1e-6, name + " cell");
        List<String> symbols = new ArrayList<>();
        for (JsonElement e : expected.getAsJsonArray("symbols")) {
            symbols.add(e.getAsString());
        }
        double[][] frac = Fixtures.matrix(expected.get("frac"));
        assertEquals(symbols.size(), s.size(), name + " site count");
        Map<Element, Double> counts = new LinkedHashMap<>();
        for (String sym : symbols) {
            counts.merge(org.matdesign.core.Species.of(sym).element(), 1.0, Double::sum);
        }
        assertEquals(Composition.of(counts), s.composition(), name + " composition");
        Lattice l = s.lattice();
        double expectedVolume = Lattice.fromParameters(cell[0], cell[1], cell[2], cell[3], cell[4], cell[5]).volume();
        assertEquals(expectedVolume, s.volume(), 1e-6 * expectedVolume, name + " volume");
        boolean[] used = new boolean[s.size()];
        for (int i = 0; i < symbols.size(); i++) {
            if (sameOrder) {
                Site site = s.site(i);
                assertEquals(symbols.get(i), site.species().toString(), name + " species of site " + i);
                assertTrue(l.minimumImageDistance(frac[i], site.frac()) < 1e-4, name + " position of site " + i);
                continue;
            }
            int match = -1;
            for (int j = 0; j < s.size() && match < 0; j++) {
                if (!used[j] && s.site(j).element().symbol().equals(symbols.get(i))
                        && l.minimumImageDistance(frac[i], s.site(j).frac()) < 1e-4) {
                    match = j;
                }
            }
            assertTrue(match >= 0, name + ": no site matches expected " + symbols.get(i) + " at "
                    + java.util.Arrays.toString(frac[i]));
            used[match] = true;
        }
    }

    @Test
    void oxidationStatesFromDecoratedTypeSymbols() {
        Structure s = CifReader.readString(Fixtures.text("/fixtures/cif/symmetrized/pmg_NaCl_oxi.cif"), "NaCl_oxi").get(0);
        assertEquals("Na+", s.site(0).species().toString());
        assertEquals("Cl-", s.site(s.size() - 1).species().toString());
    }
}
