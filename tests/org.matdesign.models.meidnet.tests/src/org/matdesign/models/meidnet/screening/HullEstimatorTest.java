package org.matdesign.models.meidnet.screening;

import org.matdesign.analysis.validators.HullEstimator;
import org.matdesign.analysis.validators.IndependentPropertySettings;
import org.matdesign.analysis.validators.IndependentPropertyValidator;
import org.matdesign.analysis.validators.StabilityEstimateValidator;
import org.matdesign.analysis.validators.StabilitySettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Composition;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.models.meidnet.PropertySpec;
import org.matdesign.models.meidnet.design.MeidnetTrainingSet;

/** Energy above a hand-built hull, and on the bundled Perov-5 training split. */
class HullEstimatorTest {

    private static final List<PropertySpec> FORMATION = List.of(
            new PropertySpec("formation_energy", "heat_all", "eV/atom", 0, 1));

    /** A row whose structure has the given atoms (spread along the diagonal of a 10 Å cube) and heat_all. */
    static DatasetRow row(String id, double heatAll, String... atoms) {
        List<Species> species = new ArrayList<>();
        List<double[]> frac = new ArrayList<>();
        for (int i = 0; i < atoms.length; i++) {
            species.add(Species.of(atoms[i]));
            double t = (i + 0.5) / atoms.length;
            frac.add(new double[] {t, t, t});
        }
        Structure s = Structure.of(Lattice.fromParameters(10, 10, 10, 90, 90, 90), species, frac);
        return new DatasetRow(id, s, Map.of("heat_all", heatAll), Map.of());
    }

    static TrainingSet set(DatasetRow... rows) {
        return MeidnetTrainingSet.fromRows(FORMATION, List.of(rows), "test", "");
    }

    /**
     * Na-Cl with x = Cl fraction: NaCl (x = 1/2) at -1.0 eV/atom, NaCl3 (x = 3/4) at -0.4. The hull at x = 3/4 runs
     * from NaCl (-1.0) to Cl (0): -0.5, so NaCl3 sits 0.1 above it. A Na-Cl-K phase far below must not matter for
     * Na-Cl queries; a NaN row is skipped.
     */
    static HullEstimator naCl() {
        return new HullEstimator(set(row("ab", -1.0, "Na", "Cl"), row("ab3", -0.4, "Na", "Cl", "Cl", "Cl"),
                row("abc", -3.0, "Na", "Cl", "K"), row("nan", Double.NaN, "Na", "Cl", "Cl")), "formation_energy");
    }

    @Test
    void hullVertexIsZeroAndPointsAboveGiveTheHandComputedDistance() {
        HullEstimator h = naCl();
        assertEquals(3, h.size()); // the NaN row is not a reference
        Composition nacl = Composition.parse("NaCl");
        Composition nacl3 = Composition.parse("NaCl3");
        assertEquals(0.0, h.eAboveHull(nacl, -1.0), 1e-9);
        assertEquals(0.2, h.eAboveHull(nacl, -0.8), 1e-9);
        assertEquals(0.2, h.eAboveHull(Composition.parse("Na2Cl2"), -0.8), 1e-9); // per atom: size-independent
        assertEquals(0.1, h.eAboveHull(nacl3, -0.4), 1e-9);
        assertEquals(-0.1, h.eAboveHull(nacl3, -0.6), 1e-9); // below the current hull: negative
        // x = 1/4: between Na (0) and NaCl (-1.0) -> -0.5
        assertEquals(0.5, h.eAboveHull(Composition.parse("Na3Cl"), 0.0), 1e-9);
        // elements themselves: reference 0
        assertEquals(0.3, h.eAboveHull(Composition.parse("Na"), 0.3), 1e-9);
    }

    @Test
    void subsystemsTakePartAndElementsWithoutEntriesGetAZeroReference() {
        HullEstimator h = naCl();
        // NaClF: no F entry at all; hull = 2/3 NaCl (-1.0) + 1/3 F (0) = -2/3
        assertEquals(2.0 / 3, h.eAboveHull(Composition.parse("NaClF"), 0.0), 1e-9);
        // NaClK is itself a reference at -3.0
        assertEquals(0.0, h.eAboveHull(Composition.parse("NaClK"), -3.0), 1e-9);
    }

    @Test
    void aPropertyTheSetDoesNotHoldGivesNoReferences() {
        assertEquals(0, new HullEstimator(set(row("ab", -1.0, "Na", "Cl")), "band_gap").size());
    }

    @Test
    void realTrainingEntriesAreNeverBelowTheirOwnHullAndTheLowestIsOnIt() throws Exception {
        TrainingSet train = TestContexts.bundledTrainingSet();
        HullEstimator h = new HullEstimator(train, "formation_energy");
        assertEquals(train.size(), h.size());
        int lowest = 0;
        for (int i = 1; i < train.size(); i++) {
            if (train.value("formation_energy", i) < train.value("formation_energy", lowest)) {
                lowest = i;
            }
        }
        double min = train.value("formation_energy", lowest);
        assertTrue(min < 0);
        // the lowest formation energy of all: nothing in any subsystem (elements at 0) can undercut it
        assertEquals(0.0, h.eAboveHull(train.structures().get(lowest).composition(), min), 1e-9);
        // every entry is part of its own hull, which is also <= 0: e >= max(0, heat_all)
        for (int i = 0; i < 150; i++) {
            double heat = train.value("formation_energy", i);
            double e = h.eAboveHull(train.structures().get(i).composition(), heat);
            assertTrue(e >= Math.max(0, heat) - 1e-9, i + ": " + e + " with heat_all " + heat);
        }
    }
}
