package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.Fixtures;
import org.matdesign.core.Structure;

/** POSCAR and pymatgen-JSON files written by pymatgen read as pymatgen reads them; bad input is explained. */
class ReadersTest {

    private static void assertLike(String fixture, Structure s) {
        JsonObject e = Fixtures.json("/fixtures/io/" + fixture + ".expected.json").getAsJsonObject();
        Fixtures.assertMatrixEquals(Fixtures.matrix(e.get("matrix")), s.lattice().matrix(), 1e-10, fixture + " lattice");
        double[][] frac = Fixtures.matrix(e.get("frac"));
        assertEquals(frac.length, s.size());
        int i = 0;
        for (JsonElement sp : e.getAsJsonArray("species")) {
            assertEquals(sp.getAsString(), s.site(i).species().toString(), fixture + " site " + i);
            for (int k = 0; k < 3; k++) {
                assertEquals(frac[i][k], s.site(i).frac(k), 1e-10, fixture + " site " + i);
            }
            i++;
        }
    }

    @Test
    void pymatgenPoscarsAndJson() {
        for (String name : new String[] {"quartz_pymatgen.vasp", "quartz_cartesian.vasp", "skewed_selective.vasp"}) {
            assertLike(name, PoscarReader.readString(Fixtures.text("/fixtures/io/" + name), name));
        }
        for (String name : new String[] {"quartz_oxi.json", "skewed.json"}) {
            assertLike(name, PymatgenJson.readString(Fixtures.text("/fixtures/io/" + name), name));
        }
        assertEquals("Si4+", PymatgenJson.readString(Fixtures.text("/fixtures/io/quartz_oxi.json"), "q").site(0)
                .species().toString());
    }

    static final String POSCAR = """
            cubic BN
            -46.656
            3.6 0 0
            0 3.6 0
            0 0 3.6
            B_s N/4a8b
            1 1
            Direct
            0 0 0 B
            0.25 0.25 0.25 N
            """;

    @Test
    void poscarVariants() {
        Structure s = PoscarReader.readString(POSCAR, "POSCAR");
        assertEquals(46.656, s.volume(), 1e-9); // a negative scale factor is the volume
        assertEquals("B1 N1", s.composition().formula());
        Structure vasp4 = PoscarReader.readString("""
                Fe O
                2.0
                1 0 0
                0 1 0
                0 0 1
                1 1
                Cartesian
                0 0 0
                0.5 0.5 0.5
                """, "POSCAR4");
        assertEquals(8.0, vasp4.volume(), 1e-12);
        assertEquals(0.5, vasp4.site(1).frac(0), 1e-12); // Cartesian 0.5 x scale 2 = 1 Å = half the 2 Å cell
        Structure threeScales = PoscarReader.readString("""
                per-axis
                1 2 3
                1 0 0
                0 1 0
                0 0 1
                Na
                1
                Direct
                0.5 0.5 0.5
                """, "POSCAR3");
        assertEquals(6.0, threeScales.volume(), 1e-12);
    }

    @Test
    void badPoscars() {
        assertPoscarProblem(POSCAR.substring(0, POSCAR.indexOf("0.25 0.25")), "file ends before the coordinates of atom 2");
        assertPoscarProblem(POSCAR.replace("1 1\n", "1 x\n"), "not an integer");
        assertPoscarProblem(POSCAR.replace("B_s N/4a8b", "B Qq"), "unknown element 'Qq'");
        assertPoscarProblem(POSCAR.replace("0 3.6 0", "3.6 0 0"), "linearly dependent");
        assertPoscarProblem(POSCAR.replace("Direct", "Sideways"), "expected Direct or Cartesian");
        assertPoscarProblem(POSCAR.replace("-46.656", "zero"), "expected a number for scale factor");
        assertPoscarProblem("comment\n1.0\n1 0 0\n0 1 0\n0 0 1\n1\nDirect\n0 0 0\n", "VASP 4 POSCAR without species");
        StructureParseException e = assertPoscarProblem(POSCAR.replace("0.25 0.25 0.25 N", "0.25 nan? 0.25 N"), "coordinate");
        assertEquals(10, e.line());
        assertPoscarProblem("c\n10\n1 0 0\n0 1 0\n0 0 1\nSi\n1\nCartesian\n1e308 0 0\n", "coordinates too large");
        assertPoscarProblem(POSCAR.replace("3.6 0 0", "3.6 0 0" + " 0".repeat(5_000)), "more than 1000 fields");
    }

    @Test
    void filesOverTheSizeLimitAreRefusedUnread(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.cif");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(TextInput.MAX_BYTES + 1); // sparse: no disk needed
        }
        StructureParseException e = assertThrows(StructureParseException.class, () -> StructureFiles.read(big));
        assertTrue(e.getMessage().startsWith(big.toString()) && e.getMessage().contains("over " + TextInput.MAX_BYTES
                + " bytes"), e.getMessage());
    }

    private static StructureParseException assertPoscarProblem(String text, String fragment) {
        StructureParseException e = assertThrows(StructureParseException.class, () -> PoscarReader.readString(text, "POSCAR"));
        assertTrue(e.getMessage().startsWith("POSCAR"), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        return e;
    }

    @Test
    void badJson() {
        assertJsonProblem("{\"lattice\": ", "invalid JSON");
        assertJsonProblem("[1, 2]", "expected a JSON object");
        assertJsonProblem("{\"@class\": \"Molecule\"}", "not a Structure");
        assertJsonProblem("{\"lattice\": {\"matrix\": [[1,0,0],[0,1,0],[0,0,1]]}, \"sites\": []}", "sites array is empty");
        String disordered = "{\"lattice\": {\"matrix\": [[3,0,0],[0,3,0],[0,0,3]]}, \"sites\": [{\"species\": "
                + "[{\"element\": \"Fe\", \"occu\": 0.6}, {\"element\": \"Ni\", \"occu\": 0.4}], \"abc\": [0,0,0]}]}";
        assertJsonProblem(disordered, "disordered");
        assertEquals("Fe", PymatgenJson.readString(disordered, "d.json", true).site(0).species().toString());
        assertJsonProblem(disordered.replace("Ni", "Zz"), "unknown element 'Zz'");
    }

    private static void assertJsonProblem(String text, String fragment) {
        StructureParseException e = assertThrows(StructureParseException.class, () -> PymatgenJson.readString(text, "s.json"));
        assertTrue(e.getMessage().startsWith("s.json"), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
    }

    @Test
    void formatDetectionAndOverwriteProtection(@TempDir Path dir) throws Exception {
        assertEquals(StructureFormat.CIF, StructureFormat.fromFileName(Path.of("a/B.CIF")).orElseThrow());
        assertEquals(StructureFormat.POSCAR, StructureFormat.fromFileName(Path.of("CONTCAR_relaxed")).orElseThrow());
        assertEquals(StructureFormat.POSCAR, StructureFormat.fromFileName(Path.of("x.vasp")).orElseThrow());
        assertEquals(StructureFormat.JSON, StructureFormat.fromFileName(Path.of("x.json")).orElseThrow());
        assertEquals(StructureFormat.EXTXYZ, StructureFormat.fromFileName(Path.of("x.xyz")).orElseThrow());
        assertTrue(StructureFormat.fromFileName(Path.of("structure.txt")).isEmpty());
        assertEquals(StructureFormat.JSON, StructureFormat.fromContent("  {\"a\": 1}"));
        assertEquals(StructureFormat.CIF, StructureFormat.fromContent("# x\ndata_y\n"));
        assertEquals(StructureFormat.POSCAR, StructureFormat.fromContent(POSCAR));
        assertEquals(StructureFormat.POSCAR, StructureFormat.parse("VASP"));
        assertThrows(IllegalArgumentException.class, () -> StructureFormat.parse("pdb"));

        Structure s = PoscarReader.readString(POSCAR, "POSCAR");
        Path unnamed = dir.resolve("structure.txt");
        Files.writeString(unnamed, PoscarWriter.write(s));
        assertEquals(2, StructureFiles.read(unnamed).size()); // detected from content
        Path out = dir.resolve("out.cif");
        StructureFiles.write(s, out, StructureFormat.CIF, false);
        String first = Files.readString(out);
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> StructureFiles.write(s.supercell(2, 1, 1), out, StructureFormat.CIF, false));
        assertEquals(first, Files.readString(out), "an existing file must not change without overwrite");
        StructureFiles.write(s.supercell(2, 1, 1), out, StructureFormat.CIF, true);
        assertEquals(4, StructureFiles.read(out).size());
        Path xyz = dir.resolve("s.xyz");
        StructureFiles.write(s, xyz, StructureFormat.EXTXYZ, false);
        assertEquals(s.size(), StructureFiles.read(xyz).size()); // extended XYZ reads back
    }
}
