package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.Fixtures;
import org.matdesign.core.Structure;

/** Extended XYZ: ASE's files (make_extxyz_fixtures.py) read as ASE reads them; our writer's output reads back. */
class ExtXyzReaderTest {

    @Test
    void readsEveryFrameOfAnAseFileAsAseDoes() {
        List<NamedStructure> frames = ExtXyzReader.readAllString(Fixtures.text("/fixtures/extxyz/ase_frames.extxyz"),
                "ase_frames.extxyz");
        JsonArray expected = Fixtures.json("/fixtures/extxyz/ase_frames.expected.json").getAsJsonArray();
        assertEquals(expected.size(), frames.size());
        for (int f = 0; f < frames.size(); f++) {
            JsonObject e = expected.get(f).getAsJsonObject();
            Structure s = frames.get(f).structure();
            assertEquals("frame " + (f + 1), frames.get(f).name());
            double[][] cell = Fixtures.matrix(e.get("cell"));
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(cell[i], s.lattice().matrix()[i], 1e-12, "frame " + f + " lattice");
            }
            JsonArray symbols = e.getAsJsonArray("symbols");
            double[][] frac = Fixtures.matrix(e.get("frac"));
            assertEquals(symbols.size(), s.size());
            for (int i = 0; i < s.size(); i++) {
                assertEquals(symbols.get(i).getAsString(), s.site(i).element().symbol());
                assertArrayEquals(frac[i], s.site(i).frac(), 1e-8, "frame " + f + " site " + i);
            }
        }
    }

    @Test
    void ourWriterRoundTrips() {
        for (Map.Entry<String, Structure> e : WriterInteropTest.samples().entrySet()) {
            Structure s = e.getValue();
            Structure back = ExtXyzReader.readString(ExtXyzWriter.write(s), e.getKey() + ".extxyz");
            RoundTripTest.assertSame(s.withoutOxidationStates(), back, 1e-8, false);
        }
    }

    @Test
    void filesAreReadByNameAndByContent(@TempDir Path dir) throws Exception {
        String text = Fixtures.text("/fixtures/extxyz/ase_frames.extxyz");
        Path named = dir.resolve("frames.xyz");
        Files.writeString(named, text);
        assertEquals(3, StructureFiles.readAll(named).size());
        assertEquals(6, StructureFiles.read(named).size());
        Path unnamed = dir.resolve("frames.txt");
        Files.writeString(unnamed, text);
        assertEquals(3, StructureFiles.readAll(unnamed).size());
        assertEquals(3, ExtXyzReader.readAll(named).size());
    }

    @Test
    void refusesNonPeriodicFrames() {
        assertProblem(Fixtures.text("/fixtures/extxyz/ase_molecule.extxyz"), 2, "not periodic");
        assertProblem("1\nenergy=1.0\nH 0 0 0\n", 2, "no Lattice");
        assertProblem("1\nLattice=\"3 0 0 0 3 0 0 0 3\" pbc=\"T T F\"\nH 0 0 0\n", 2, "not periodic");
    }

    @Test
    void errorsNameTheSourceLineAndProblem() {
        String cell = "Lattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:pos:R:3";
        assertProblem("x\n" + cell + "\nH 0 0 0\n", 1, "number of atoms");
        assertProblem("0\n" + cell + "\n", 1, "must be positive");
        assertProblem("2\n" + cell + "\nH 0 0 0\n", 4, "ends after 1 of 2 atoms");
        assertProblem("1\n" + cell + "\nH 0 0\n", 3, "needs 4 columns");
        assertProblem("1\n" + cell + "\nH 0 0 0" + " 0".repeat(100_000) + "\n", 3, "needs 4 columns (Properties), got more");
        assertProblem("1\n" + cell + "\nXx 0 0 0\n", 3, "unknown element 'Xx'");
        assertProblem("1\n" + cell + "\nH 0 NaN 0\n", 3, "expected a number for pos");
        assertProblem("1\n" + cell + "\nH 0 1e400 0\n", 3, "expected a number for pos");
        assertProblem("1\nLattice=\"3 0 0 0 3 0 0 0\"\nH 0 0 0\n", 2, "9 numbers");
        assertProblem("1\nLattice=\"3 0 0 0 3 0 0 0 0\"\nH 0 0 0\n", 2, "invalid lattice");
        assertProblem("1\nLattice=\"3 0 0 0 3 0 0 0 3\n", 2, "no closing \"");
        assertProblem("1\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:forces:R:3\nH 0 0 0\n", 2,
                "lacks pos:R:3");
        assertProblem("1\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:pos:Q:3\nH 0 0 0\n", 2,
                "not name:S|R|I|L:count");
        assertProblem("1\n" + cell, 3, "ends after 0 of 1 atoms");
        assertProblem("1\n", 1, "ends after the atom count");
    }

    @Test
    void atomicNumbersStandInForSpeciesAndBracketedLatticesRead() {
        Structure s = ExtXyzReader.readString("2\nLattice=[[3,0,0],[0,3,0],[0,0,3]] Properties=Z:I:1:pos:R:3 flag\n"
                + "8 0 0 0\n1 1.5 1.5 1.5\n", "z.xyz");
        assertEquals("O", s.site(0).element().symbol());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, s.site(1).frac(), 1e-12);
    }

    private static void assertProblem(String text, int line, String fragment) {
        StructureParseException e = assertThrows(StructureParseException.class,
                () -> ExtXyzReader.readAllString(text, "bad.xyz"));
        assertTrue(e.getMessage().startsWith("bad.xyz:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
