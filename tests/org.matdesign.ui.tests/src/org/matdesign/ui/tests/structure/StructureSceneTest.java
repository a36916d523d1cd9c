package org.matdesign.ui.tests.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.ui.structure.SceneOptions;
import org.matdesign.ui.structure.StructureScene;
import org.matdesign.ui.structure.StructureScene.Atom;
import org.matdesign.ui.structure.StructureScene.Bond;
import org.matdesign.ui.structure.StructureScene.Edge;
import org.matdesign.ui.structure.StructureScene.LegendEntry;

/**
 * The scene model against geometry worked out here. Rock salt's ions sit on a simple cubic grid of spacing a/2
 * (Na and Cl alternating); only nearest neighbours (a/2 = 2.82 Å) are closer than 1.15 × the sum of covalent
 * radii (Na–Cl: 3.08 Å; Na–Na at a/√2 = 3.99 Å would need 3.82 Å).
 */
class StructureSceneTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}x{0}x{0} cells, boundary atoms {1}")
    @CsvSource({"1, true", "2, true", "3, true", "1, false", "2, false"})
    void rockSaltAtomsAndBondsFollowTheCubicGrid(int n, boolean boundary) {
        Structure nacl = Fixtures.read(Fixtures.NACL, folder);
        StructureScene scene = StructureScene.of(nacl, new SceneOptions(n, n, n, boundary, 1.15));

        // grid points per axis: 0, a/2, ..., n·a with boundary atoms; 0 .. n·a - a/2 without
        int perAxis = boundary ? 2 * n + 1 : 2 * n;
        assertEquals(perAxis * perAxis * perAxis, scene.atoms().size());
        // grid neighbours along one axis: (perAxis - 1) per line, perAxis² lines, 3 axes
        assertEquals(3 * (perAxis - 1) * perAxis * perAxis, scene.bonds().size());
        for (Bond bond : scene.bonds()) {
            assertEquals(Fixtures.NACL_A / 2, bond.length(), 1e-6);
            Atom a = scene.atoms().get(bond.a());
            Atom b = scene.atoms().get(bond.b());
            assertTrue(a.element() != b.element(), "a rock-salt bond joins Na and Cl: " + bond);
            assertEquals(bond.length(), distance(a.position(), b.position()), 1e-9, "length matches the positions");
        }
    }

    @Test
    void boundaryAtomsAreThePeriodicImagesOnFacesEdgesAndCorners() {
        Structure nacl = Fixtures.read(Fixtures.NACL, folder);
        StructureScene scene = StructureScene.of(nacl, SceneOptions.defaults());
        long naCorners = scene.atoms().stream()
                .filter(a -> a.element() == Element.of("Na") && a.siteIndex() == 0).count();
        assertEquals(8, naCorners, "the Na at the origin shows at all 8 corners");
        for (Atom atom : scene.atoms()) {
            for (double f : atom.frac()) {
                assertTrue(f > -1e-9 && f < 1 + 1e-9, "inside the cell: " + java.util.Arrays.toString(atom.frac()));
            }
            double[] expected = nacl.lattice().toCartesian(atom.frac());
            assertEquals(0, distance(expected, atom.position()), 1e-9);
        }
    }

    @Test
    void cellHasTwelveEdgesOfTheLatticeLengths() {
        Structure nacl = Fixtures.read(Fixtures.NACL, folder);
        StructureScene scene = StructureScene.of(nacl, SceneOptions.defaults().withRepeats(2, 3, 1));
        assertEquals(12, scene.cellEdges().size());
        for (Edge edge : scene.cellEdges()) {
            assertEquals(Fixtures.NACL_A, distance(edge.from(), edge.to()), 1e-9);
        }
        assertEquals(List.of(new LegendEntry(Element.of("Na"), 4), new LegendEntry(Element.of("Cl"), 4)),
                scene.legend());
        for (Atom atom : scene.atoms()) {
            assertTrue(distance(scene.center(), atom.position()) + atom.radius() <= scene.radius() + 1e-9,
                    "the enclosing sphere holds every atom");
        }
    }

    /**
     * Cubic SrTiO3 with boundary atoms: Sr on the 8 corners, Ti in the centre, O on the 6 face centres. The
     * expected bonds are every pair of those 15 points closer than 1.15 × the sum of covalent radii, counted by
     * brute force over the explicit points, leaving out metal–metal pairs (the crystal has O): Ti–O at 1.95 Å and
     * Sr–O at 2.76 Å qualify; Sr–Ti at 3.38 Å and Sr–Sr at 3.905 Å would by distance alone.
     */
    @Test
    void perovskiteBondsMatchABruteForcePairSearch() {
        double a = 3.905;
        Structure srtio3 = Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90),
                List.of(Species.of("Sr"), Species.of("Ti"), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                    new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
        List<Element> elements = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            elements.add(Element.of("Sr"));
            points.add(new double[] {a * (i & 1), a * (i >> 1 & 1), a * (i >> 2 & 1)});
        }
        elements.add(Element.of("Ti"));
        points.add(new double[] {a / 2, a / 2, a / 2});
        for (int axis = 0; axis < 3; axis++) {
            for (int side = 0; side <= 1; side++) {
                double[] p = {a / 2, a / 2, a / 2};
                p[axis] = side * a;
                elements.add(Element.of("O"));
                points.add(p);
            }
        }
        int expectedBonds = 0;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                Element x = elements.get(i);
                Element y = elements.get(j);
                double limit = 1.15 * (x.covalentRadius() + y.covalentRadius());
                if (!(x.isMetal() && y.isMetal()) && distance(points.get(i), points.get(j)) <= limit) {
                    expectedBonds++;
                }
            }
        }

        StructureScene scene = StructureScene.of(srtio3, SceneOptions.defaults());
        assertEquals(15, scene.atoms().size());
        assertEquals(6 + 24, expectedBonds, "6 Ti–O and 4 Sr–O per face");
        assertEquals(expectedBonds, scene.bonds().size());
        double shortest = scene.bonds().stream().mapToDouble(Bond::length).min().orElseThrow();
        double longest = scene.bonds().stream().mapToDouble(Bond::length).max().orElseThrow();
        assertEquals(a / 2, shortest, 1e-9, "Ti–O");
        assertEquals(a / Math.sqrt(2), longest, 1e-9, "Sr–O");
    }

    @Test
    void bondToleranceControlsWhichPairsBond() {
        Structure nacl = Fixtures.read(Fixtures.NACL, folder);
        // Na–Cl at 2.82 Å against radii summing to 2.68 Å: bonded at 1.10, not at 1.0
        assertEquals(54, StructureScene.of(nacl, new SceneOptions(1, 1, 1, true, 1.10)).bonds().size());
        assertEquals(0, StructureScene.of(nacl, new SceneOptions(1, 1, 1, true, 1.0)).bonds().size());
    }

    private static double distance(double[] p, double[] q) {
        double dx = p[0] - q[0];
        double dy = p[1] - q[1];
        double dz = p[2] - q[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
