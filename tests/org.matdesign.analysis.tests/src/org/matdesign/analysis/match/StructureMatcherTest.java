package org.matdesign.analysis.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

class StructureMatcherTest {

    static Structure perovskite(double a, String aSite, String bSite, String x) {
        return Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90),
                List.of(Species.of(aSite), Species.of(bSite), Species.of(x), Species.of(x), Species.of(x)),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
    }

    static Structure rockSalt(double a) {
        List<Species> sp = new ArrayList<>();
        List<double[]> f = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        for (double[] p : fcc) {
            sp.add(Species.of("Na"));
            f.add(p.clone());
            sp.add(Species.of("Cl"));
            f.add(new double[] {(p[0] + 0.5) % 1, p[1], p[2]});
        }
        return Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90), sp, f);
    }

    @Test
    void theFrameworkRmsIgnoresSpeciesSoASubstitutionStillAligns() {
        StructureMatcher matcher = new StructureMatcher();
        Structure seed = perovskite(3.905, "Sr", "Ti", "O");
        Structure substituted = perovskite(3.905, "Ba", "Ti", "O");
        assertTrue(matcher.rms(seed, substituted).isEmpty(), "species compared: other compositions never match");
        assertEquals(0.0, matcher.frameworkRms(seed, substituted).orElseThrow(), 1e-6);
        // a B site pushed off the center moves the framework by a measurable, small amount
        Structure shifted = Structure.of(seed.lattice(), seed.sites().stream().map(site -> site.species()).toList(),
                List.of(new double[] {0, 0, 0}, new double[] {0.55, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
        double rms = matcher.frameworkRms(seed, shifted).orElseThrow();
        assertTrue(rms > 0.005 && rms < 0.1, "rms " + rms);
        assertEquals(rms, matcher.rms(seed, shifted).orElseThrow(), 1e-9, "same species: both agree");
        assertTrue(matcher.frameworkRms(seed, rockSalt(5.64)).isEmpty(), "another framework does not align");
    }

    @Test
    void identicalStructuresFitWithZeroRms() {
        StructureMatcher m = new StructureMatcher();
        Structure s = perovskite(3.9, "Sr", "Ti", "O");
        assertTrue(m.fit(s, s));
        assertEquals(0.0, m.rms(s, s).orElseThrow(), 1e-8);
    }

    @Test
    void conventionalCellMatchesPrimitiveRockSalt() {
        Structure conventional = rockSalt(5.64);
        Structure primitive = Structure.of(
                Lattice.fromMatrix(new double[][] {{0, 2.82, 2.82}, {2.82, 0, 2.82}, {2.82, 2.82, 0}}),
                List.of(Species.of("Na"), Species.of("Cl")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}));
        StructureMatcher m = new StructureMatcher();
        assertTrue(m.fit(conventional, primitive));
        assertEquals(2, m.reduce(conventional).reducedSize());
        assertFalse(new StructureMatcher(MatcherSettings.defaults().withPrimitiveCell(false)).fit(conventional, primitive));
        assertTrue(new StructureMatcher(MatcherSettings.defaults().withPrimitiveCell(false).withAttemptSupercell(true))
                .fit(conventional, primitive));
    }

    @Test
    void differentCompositionOrArrangementDoesNotFit() {
        StructureMatcher m = new StructureMatcher();
        Structure srTiO3 = perovskite(3.9, "Sr", "Ti", "O");
        assertFalse(m.fit(srTiO3, perovskite(3.9, "Ba", "Ti", "O")));
        assertTrue(m.rms(srTiO3, perovskite(3.9, "Ba", "Ti", "O")).isEmpty());
        // swapping the A and B sites keeps the composition but changes the structure
        assertFalse(m.fit(srTiO3, perovskite(3.9, "Ti", "Sr", "O")));
    }

    @Test
    void scaleMakesVolumeIrrelevantUnlessDisabled() {
        Structure small = perovskite(3.9, "Sr", "Ti", "O");
        Structure big = perovskite(3.9 * 1.5, "Sr", "Ti", "O");
        assertTrue(new StructureMatcher().fit(small, big));
        assertFalse(new StructureMatcher(MatcherSettings.defaults().withScale(false)).fit(small, big));
    }

    @Test
    void siteOrderAndTranslationDoNotMatter() {
        Structure s = perovskite(3.9, "Sr", "Ti", "O");
        List<Species> sp = new ArrayList<>();
        List<double[]> f = new ArrayList<>();
        for (int i = s.size() - 1; i >= 0; i--) {
            sp.add(s.site(i).species());
            double[] x = s.site(i).frac();
            f.add(new double[] {(x[0] + 0.13) % 1, (x[1] + 0.71) % 1, x[2]});
        }
        Structure moved = Structure.of(s.lattice(), sp, f);
        StructureMatcher m = new StructureMatcher();
        assertTrue(m.fit(s, moved));
        OptionalDouble rms = m.rms(s, moved);
        assertEquals(0.0, rms.orElseThrow(), 1e-6);
    }

    @Test
    void noiseBeyondStolIsRejected() {
        Structure s = perovskite(3.9, "Sr", "Ti", "O");
        List<double[]> f = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            double[] x = s.site(i).frac();
            f.add(new double[] {x[0] + (i == 2 ? 0.25 : 0), x[1], x[2]});
        }
        Structure displaced = Structure.of(s.lattice(), s.sites().stream().map(x -> x.species()).toList(), f);
        assertFalse(new StructureMatcher(MatcherSettings.pymatgenDefaults()).fit(s, displaced));
    }

    @Test
    void groupsDuplicatesInFirstSeenOrder() {
        Structure a = perovskite(3.9, "Sr", "Ti", "O");
        Structure b = perovskite(4.0, "Ba", "Ti", "O");
        Structure a2 = perovskite(3.95, "Sr", "Ti", "O");
        List<List<Integer>> groups = new StructureMatcher().group(List.of(a, b, a2, b));
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), groups);
    }

    @Test
    void reducedStructureFromAnotherPrimitiveSettingIsRefused() {
        Structure s = perovskite(3.9, "Sr", "Ti", "O");
        ReducedStructure r = new StructureMatcher().reduce(s);
        StructureMatcher noPrimitive = new StructureMatcher(MatcherSettings.defaults().withPrimitiveCell(false));
        assertThrows(IllegalArgumentException.class, () -> noPrimitive.fit(r, r));
    }

    @Test
    void settingsRejectNonPositiveTolerances() {
        assertThrows(IllegalArgumentException.class, () -> MatcherSettings.defaults().withStol(0));
        assertThrows(IllegalArgumentException.class, () -> MatcherSettings.defaults().withLtol(Double.NaN));
    }

    @Test
    void linearAssignmentIsOptimalAgainstBruteForce() {
        Random rng = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(6);
            double[][] c = new double[n][n];
            for (double[] row : c) {
                for (int j = 0; j < n; j++) {
                    row[j] = rng.nextInt(5) + rng.nextDouble();
                }
            }
            int[] sol = LinearAssignment.solve(c);
            assertEquals(bruteForce(c, 0, new boolean[n]), LinearAssignment.cost(c, sol), 1e-9);
        }
    }

    @Test
    void reusedAssignmentSolverStaysOptimalWhenSizesChange() {
        Random rng = new Random(11);
        LinearAssignment solver = new LinearAssignment();
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + rng.nextInt(6);
            double[][] c = new double[n][n];
            // a longer flat array than n * n: the solver must only read the first n * n entries
            double[] flat = new double[n * n + 5];
            java.util.Arrays.fill(flat, -1e9);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = rng.nextInt(5) + rng.nextDouble();
                    flat[i * n + j] = c[i][j];
                }
            }
            int[] sol = new int[n];
            solver.solve(flat, n, sol);
            assertEquals(bruteForce(c, 0, new boolean[n]), LinearAssignment.cost(c, sol), 1e-9);
        }
    }

    private static double bruteForce(double[][] c, int row, boolean[] used) {
        if (row == c.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, c[row][j] + bruteForce(c, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
