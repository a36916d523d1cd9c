package org.matdesign.analysis.hull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matdesign.core.Composition;

class PhaseDiagramTest {

    // Binary Li-O with elemental references Li = -1.9, O = -4.9 (and a worse O entry that must be ignored).
    // Formation energies per atom: Li2O -2.0 (x_O = 1/3), Li2O2 -1.6 (x_O = 1/2), LiO2 -0.9 (x_O = 2/3).
    private static List<PhaseEntry> liO() {
        return List.of(
                PhaseEntry.of("Li", -1.9),
                PhaseEntry.of("O2", -4.9),
                PhaseEntry.of("O2", -4.5),
                PhaseEntry.of("Li2O", (2 * -1.9 + -4.9) / 3 - 2.0),
                PhaseEntry.of("Li2O2", (-1.9 + -4.9) / 2 - 1.6),
                PhaseEntry.of("LiO2", (-1.9 + 2 * -4.9) / 3 - 0.9));
    }

    @Test
    void formationEnergyUsesLowestElementalReferences() {
        PhaseDiagram pd = new PhaseDiagram(liO());
        assertEquals(-2.0, pd.formationEnergyPerAtom(Composition.parse("Li2O"), (2 * -1.9 + -4.9) / 3 - 2.0), 1e-12);
        assertEquals(-4.9, pd.elementalReferences().get(org.matdesign.core.Element.of("O")), 0);
    }

    @Test
    void binaryHandComputed() {
        PhaseDiagram pd = new PhaseDiagram(liO());
        // the line Li2O (1/3, -2.0) to LiO2 (2/3, -0.9) is at -1.45 at x_O = 1/2; Li2O2 at -1.6 lies below it,
        // so it is a hull vertex and the hull energy of LiO is its own
        assertEquals(-1.6, pd.hullFormationEnergy(Composition.parse("LiO")), 1e-9);
        assertEquals(0.0, pd.eAboveHull(pd.entries().get(4)), 1e-9);
        // LiO2 at -0.9: hull between Li2O2 (1/2, -1.6) and O (1, 0) at x = 2/3 is -1.6 * 2/3 = -1.0667
        assertEquals(-0.9 + 1.6 * 2 / 3, pd.eAboveHull(pd.entries().get(5)), 1e-9);
        // a new phase Li3O at x_O = 1/4 with formation -1.0: hull between Li (0,0) and Li2O (1/3,-2) gives -1.5
        double e = (3 * -1.9 + -4.9) / 4 - 1.0;
        assertEquals(0.5, pd.eAboveHull(Composition.parse("Li3O"), e), 1e-9);
        Map<PhaseEntry, Double> decomposition = pd.decomposition(Composition.parse("Li3O"));
        assertEquals(2, decomposition.size());
        assertEquals(0.25, decomposition.get(pd.entries().get(0)), 1e-9);
        assertEquals(0.75, decomposition.get(pd.entries().get(3)), 1e-9);
    }

    @Test
    void everyHullVertexHasZeroEnergyAboveHull() {
        PhaseDiagram pd = new PhaseDiagram(liO());
        List<PhaseEntry> stable = pd.stableEntries();
        assertEquals(List.of("Li", "O2", "Li2O", "Li2O2"), stable.stream().map(PhaseEntry::id).toList());
        for (PhaseEntry e : stable) {
            assertEquals(0.0, pd.eAboveHull(e), 0.0);
        }
        assertEquals(0.4, pd.eAboveHull(pd.entries().get(2)), 1e-9);
    }

    @Test
    void ternaryHandComputed() {
        // A-B-C with all references at 0; AB (-1.0), BC (-0.6), AC (-0.4) on the edges and ABC (-1.2) inside
        List<PhaseEntry> entries = List.of(
                PhaseEntry.of("Li", 0), PhaseEntry.of("Na", 0), PhaseEntry.of("K", 0),
                PhaseEntry.of("LiNa", -1.0), PhaseEntry.of("NaK", -0.6), PhaseEntry.of("LiK", -0.4),
                PhaseEntry.of("LiNaK", -1.2));
        PhaseDiagram pd = new PhaseDiagram(entries);
        for (PhaseEntry e : entries) {
            assertEquals(0.0, pd.eAboveHull(e), 0.0, e.id());
        }
        // LiNaK2 (1/4, 1/4, 1/2) = 3/4 LiNaK + 1/4 K -> -0.9 ; or 1/2 (LiK + NaK) -> -0.5 : hull -0.9
        assertEquals(-0.9, pd.hullFormationEnergy(Composition.parse("LiNaK2")), 1e-9);
        assertEquals(0.3, pd.eAboveHull(Composition.parse("LiNaK2"), -0.6), 1e-9);
        // LiNa2K (1/4,1/2,1/4) = 3/4 LiNaK + 1/4 Na (-0.9) vs 1/2 LiNa + 1/2 NaK (-0.8): hull -0.9
        assertEquals(-0.9, pd.hullFormationEnergy(Composition.parse("LiNa2K")), 1e-9);
        // a composition below the hull gets a negative value
        assertTrue(pd.eAboveHull(Composition.parse("LiNaK2"), -1.0) < 0);
        // binary subsystem unaffected by the ternary phase: Li3Na (3/4 Li + ...) = 1/2 Li + 1/2 LiNa -> -0.5
        assertEquals(-0.5, pd.hullFormationEnergy(Composition.parse("Li3Na")), 1e-9);
    }

    @Test
    void quaternaryVerticesAreZero() {
        List<PhaseEntry> entries = List.of(PhaseEntry.of("Li", -1), PhaseEntry.of("Na", -2), PhaseEntry.of("K", -3),
                PhaseEntry.of("Rb", -4), PhaseEntry.of("LiNaKRb", -3.5), PhaseEntry.of("LiRb", -3.0),
                PhaseEntry.of("Li2NaK", -2.0));
        PhaseDiagram pd = new PhaseDiagram(entries);
        assertEquals(0.0, pd.eAboveHull(entries.get(4)), 0.0);
        assertEquals(0.0, pd.eAboveHull(entries.get(5)), 0.0);
        // Li2NaK: formation = -2.0 - (2*-1 - 2 - 3)/4 = -0.25 ; alternatives: none below -> vertex
        assertEquals(0.0, pd.eAboveHull(entries.get(6)), 0.0);
    }

    @Test
    void missingElementIsReported() {
        assertThrows(IllegalArgumentException.class, () -> new PhaseDiagram(List.of(PhaseEntry.of("LiO", -1))));
        PhaseDiagram pd = new PhaseDiagram(liO());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pd.eAboveHull(Composition.parse("LiF"), -1));
        assertTrue(e.getMessage().contains("F"));
    }
}
