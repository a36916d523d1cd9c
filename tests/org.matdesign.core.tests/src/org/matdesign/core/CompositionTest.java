package org.matdesign.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Formula strings and weights against pymatgen 2022.11.7 (values printed by pymatgen). */
class CompositionTest {

    private static final String[] PYMATGEN = {
        "BaTiO3|Ba1 Ti1 O3|BaTiO3|233.19219999999999",
        "Ca2(PO4)|Ca2 P1 O4|Ca2PO4|175.127362",
        "Ca3(PO4)2|Ca3 P2 O8|Ca3(PO4)2|310.17672400000004",
        "Fe2O3|Fe2 O3|Fe2O3|159.6882",
        "O2|O2|O2|31.9988",
        "Fe0.5Ni0.5|Fe0.5 Ni0.5|Fe0.5Ni0.5|57.2692",
        "Li4Fe4P4O16|Li4 Fe4 P4 O16|LiFePO4|631.029448",
        "CuSi|Cu1 Si1|CuSi|91.6315",
        "SiCu|Si1 Cu1|CuSi|91.6315",
        "NaO|Na1 O1|Na2O2|38.98916928",
        "Ca2P2O8|Ca2 P2 O8|CaPO4|270.098724",
        "K4Fe(CN)6|K4 Fe1 C6 N6|K4Fe(CN)6|368.34260000000006",
        "H2O|H2 O1|H2O|18.01528",
        "C6H12O6|H12 C6 O6|H2CO|180.15588",
        "Mg(OH)2|Mg1 H2 O2|Mg(HO)2|58.31968",
        "BaSO4|Ba1 S1 O4|BaSO4|233.3896",
        "Si4O8He4|Si4 O8 He4|SiO2He|",
        "He4Si4O8|He4 Si4 O8|HeSiO2|",
    };

    @Test
    void formulasMatchPymatgen() {
        for (String row : PYMATGEN) {
            String[] f = row.split("\\|", -1);
            Composition c = Composition.parse(f[0]);
            assertEquals(f[1], c.formula(), f[0]);
            assertEquals(f[2], c.reducedFormula(), f[0]);
            if (!f[3].isEmpty()) {
                assertEquals(Double.parseDouble(f[3]), c.weight(), 1e-9, f[0]);
            }
        }
    }

    @Test
    void nestedBracketsAndSpaces() {
        Composition c = Composition.parse("K4[Fe(CN)6]2 ");
        assertEquals(4, c.amount(Element.of("K")), 0);
        assertEquals(2, c.amount(Element.of("Fe")), 0);
        assertEquals(12, c.amount(Element.of("C")), 0);
        assertEquals(Composition.parse("Ba1 Ti1 O3"), Composition.parse("BaTiO3"));
    }

    @Test
    void fractionsCountsAndReduction() {
        Composition c = Composition.parse("Fe4O6");
        assertEquals(10, c.numAtoms(), 0);
        assertEquals(0.6, c.fraction(Element.of("O")), 1e-15);
        assertEquals(0, c.fraction(Element.of("Na")), 0);
        assertEquals(2, c.reductionFactor(), 0);
        assertEquals(Composition.parse("Fe2O3"), c.reduced());
        assertArrayEquals(new int[] {3, 2}, c.reducedCounts()); // sortedByZ: O (8), Fe (26)
        assertEquals(List.of(Element.of("O"), Element.of("Fe")), c.sortedByZ());
        assertEquals(List.of(Element.of("Fe"), Element.of("O")), c.elements());
        assertThrows(IllegalStateException.class, () -> Composition.parse("Fe0.5Ni0.5").reducedCounts());
    }

    @Test
    void ofDropsZerosAndRejectsNegatives() {
        Map<Element, Double> m = new LinkedHashMap<>();
        m.put(Element.of("Na"), 1.0);
        m.put(Element.of("Cl"), 0.0);
        assertEquals("Na1", Composition.of(m).formula());
        m.put(Element.of("Cl"), -1.0);
        assertThrows(IllegalArgumentException.class, () -> Composition.of(m));
    }

    @Test
    void badFormulasAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Composition.parse("BaXyO3"));
        assertTrue(e.getMessage().contains("BaXyO3") && e.getMessage().contains("position 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("Ca2(PO4"));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("Fe2$"));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("Fe1.2.3"));
        // deep nesting is refused instead of overflowing the stack
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("(".repeat(10_000) + "H" + ")".repeat(10_000)));
    }
}
