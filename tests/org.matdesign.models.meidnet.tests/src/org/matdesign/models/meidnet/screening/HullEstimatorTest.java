package org.matdesign.models.meidnet.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.matdesign.core.Composition;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetRow;

/** Energy above a hand-built hull, and on the real Perov-5 training split. */
class HullEstimatorTest {

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

    /**
     * Na-Cl with x = Cl fraction: NaCl (x = 1/2) at -1.0 eV/atom, NaCl3 (x = 3/4) at -0.4. The hull at x = 3/4 runs
     * from NaCl (-1.0) to Cl (0): -0.5, so NaCl3 sits 0.1 above it. A Na-Cl-K phase far below must not matter for
     * Na-Cl queries; a NaN row is skipped.
     */
    static HullEstimator naCl() {
        return new HullEstimator(List.of(row("ab", -1.0, "Na", "Cl"), row("ab3", -0.4, "Na", "Cl", "Cl", "Cl"),
                row("abc", -3.0, "Na", "Cl", "K"), row("nan", Double.NaN, "Na", "Cl", "Cl")), "heat_all");
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
    void missingEnergyColumnIsReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HullEstimator(List.of(row("ab", -1.0, "Na", "Cl")), "formation_energy_per_atom"));
        assertTrue(e.getMessage().contains("formation_energy_per_atom"), e.getMessage());
    }

    @Test
    void realTrainingEntriesAreNeverBelowTheirOwnHullAndTheLowestIsOnIt() {
        Optional<Path> data = DataLocation.find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve(TrainingReferences.DATASET)),
                "shared data folder with perov_5 not available");
        List<DatasetRow> train = TrainingReferences.train(data.get(), TrainingReferences.DEFAULT_SPLIT_SEED);
        HullEstimator h = new HullEstimator(train, "heat_all");
        assertEquals(train.size(), h.size());
        // the lowest formation energy of all: nothing in any subsystem (elements at 0) can undercut it
        DatasetRow lowest = train.stream().min(Comparator.comparingDouble(r -> r.property("heat_all"))).orElseThrow();
        assertTrue(lowest.property("heat_all") < 0);
        assertEquals(0.0, h.eAboveHull(lowest.structure().composition(), lowest.property("heat_all")), 1e-9,
                lowest.id());
        // every entry is part of its own hull, which is also <= 0: e >= max(0, heat_all)
        for (DatasetRow r : train.subList(0, 150)) {
            double heat = r.property("heat_all");
            double e = h.eAboveHull(r.structure().composition(), heat);
            assertTrue(e >= Math.max(0, heat) - 1e-9, r.id() + ": " + e + " with heat_all " + heat);
        }
    }
}
