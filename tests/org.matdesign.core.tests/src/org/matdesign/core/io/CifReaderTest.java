package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.Structure;

/** CIF 1.1 syntax and the bad-input cases of the issue. */
class CifReaderTest {

    static final String SILICON = """
            # a comment line
            data_Si
            _cell_length_a   5.4307(2)
            _cell_length_b   5.4307(2)
            _cell_length_c   5.4307(2)
            _cell_angle_alpha   90
            _cell_angle_beta    90.0
            _cell_angle_gamma   90.000(1)
            _symmetry_space_group_name_H-M  'F d -3 m'
            _chemical_name_common  "silicon, 'diamond' form"
            _publ_section_title
            ;
            A multi-line text field; with ; and 'quotes'
            data_notablock
            ;
            loop_
            _symmetry_equiv_pos_as_xyz
            x,y,z  x,1/2+y,1/2+z  1/2+x,y,1/2+z  1/2+x,1/2+y,z
            -x+1/4,-y+1/4,-z+1/4  -x+1/4,-y+3/4,-z+3/4  -x+3/4,-y+1/4,-z+3/4  -x+3/4,-y+3/4,-z+1/4
            loop_
            _atom_site_label
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            _atom_site_occupancy
            Si1 0.0 0.0 0.0 1.0
            """;

    @Test
    void syntaxFeaturesAndSymmetryExpansion() {
        List<NamedStructure> named = new CifReader().parseNamedString(SILICON, "si.cif");
        assertEquals(1, named.size());
        assertEquals("Si", named.get(0).name());
        Structure s = named.get(0).structure();
        assertEquals(8, s.size(), "diamond: 8 atoms in the conventional cell");
        assertEquals(5.4307, s.lattice().a(), 1e-12);
        assertEquals(2.3516, s.minimumDistance(), 1e-4); // Si-Si bond
        assertEquals("Si1", s.site(0).label());
    }

    @Test
    void severalDataBlocksAndDottedTags() {
        String two = """
                data_first
                _cell.length_a 3
                _cell.length_b 3
                _cell.length_c 3
                _cell.angle_alpha 90
                _cell.angle_beta 90
                _cell.angle_gamma 90
                loop_
                _space_group_symop.operation_xyz
                'x, y, z'
                loop_
                _atom_site.type_symbol
                _atom_site.fract_x
                _atom_site.fract_y
                _atom_site.fract_z
                Po 0 0 0
                data_meta
                _journal_year 2024
                data_second
                _cell_length_a 4
                _cell_length_b 4
                _cell_length_c 4
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                loop_
                _atom_site_type_symbol
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Cs2+ Cs1 0 0 0
                Cl Cl1 0.5 0.5 0.5
                """;
        List<NamedStructure> named = new CifReader().parseNamedString(two, "two.cif");
        assertEquals(2, named.size());
        assertEquals("first", named.get(0).name());
        assertEquals("second", named.get(1).name());
        assertEquals(1, named.get(0).structure().size());
        assertEquals("Cs2+", named.get(1).structure().site(0).species().toString());
    }

    @Test
    void coordinatesAreWrappedLikePymatgenAndOrderCanBeKept() {
        String cif = cell(4) + """
                loop_
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                O -0.25 0 1.5
                Na 0 0.5 0
                """;
        Structure pymatgenOrder = CifReader.readString(cif, "x.cif").get(0);
        assertEquals("Na", pymatgenOrder.site(0).element().symbol()); // sorted by electronegativity
        assertArrayEquals(new double[] {0.75, 0, 0.5}, pymatgenOrder.site(1).frac(), 1e-15);
        Structure fileOrder = new CifReader().keepFileOrder(true).parseString(cif, "x.cif").get(0);
        assertEquals("O", fileOrder.site(0).element().symbol());
    }

    @Test
    void atomTypeOxidationNumbers() {
        String cif = cell(4) + """
                loop_
                _atom_type_symbol
                _atom_type_oxidation_number
                Fe 3
                O -2
                loop_
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Fe 0 0 0
                O 0.5 0.5 0.5
                """;
        Structure s = CifReader.readString(cif, "ox.cif").get(0);
        assertEquals("Fe3+", s.site(0).species().toString());
        assertEquals("O2-", s.site(1).species().toString());
    }

    @Test
    void partialOccupancyIsRefusedUnlessMajorityIsAsked() {
        String cif = cell(4) + """
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                Fe1 Fe 0 0 0 0.7
                Ni1 Ni 0 0 0 0.3
                O1 O 0.5 0.5 0.5 1
                """;
        StructureParseException e = assertThrows(StructureParseException.class, () -> CifReader.readString(cif, "alloy.cif"));
        assertTrue(e.getMessage().startsWith("alloy.cif:"), e.getMessage());
        assertTrue(e.getMessage().contains("partial occupancy"), e.getMessage());
        assertTrue(e.line() > 0);
        Structure s = new CifReader().majoritySpecies(true).parseString(cif, "alloy.cif").get(0);
        assertEquals(2, s.size());
        assertEquals("Fe1 O1", s.composition().formula());
    }

    @Test
    void emptyTruncatedAndBinaryInputs(@TempDir Path dir) throws Exception {
        assertProblem("", "empty");
        assertProblem("   \n\n", "empty");
        assertProblem("data_x\n_cell_length_a 'unterminated\n", "unterminated");
        assertProblem("data_x\n_title\n;\nnever closed\n", "never closed");
        assertProblem("loop_\n_a\n1\n", "before any data_ block");
        assertProblem("just some words\n", "without a tag");
        String truncated = SILICON.substring(0, SILICON.indexOf("Si1 0.0") + 10);
        StructureParseException t = assertProblem(truncated, "incomplete or the file is truncated");
        assertTrue(t.line() > 20, "line of the broken loop: " + t.line());

        Path binary = dir.resolve("random.cif");
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(binary, bytes);
        StructureParseException b = assertThrows(StructureParseException.class, () -> CifReader.read(binary));
        assertTrue(b.getMessage().contains("random.cif") && b.getMessage().contains("binary"), b.getMessage());
        Path missing = dir.resolve("missing.cif");
        assertTrue(assertThrows(StructureParseException.class, () -> CifReader.read(missing)).getMessage()
                .contains("no such file"));
        Path empty = dir.resolve("empty.cif");
        Files.write(empty, new byte[0]);
        assertTrue(assertThrows(StructureParseException.class, () -> CifReader.read(empty)).getMessage().contains("empty"));
    }

    @Test
    void inconsistentContent() {
        String sites = "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa 0 0 0\n";
        StructureParseException e = assertProblem(cell(4).replace("_cell_length_b 4.0\n", "") + sites, "missing _cell_length_b");
        assertTrue(e.getMessage().contains("data_test"), e.getMessage());
        assertProblem(cell(4).replace("_cell_angle_gamma 90", "_cell_angle_gamma 190") + sites, "invalid cell");
        assertProblem(cell(4).replace("_cell_angle_alpha 90", "_cell_angle_alpha 170").replace("_cell_angle_beta 90",
                "_cell_angle_beta 20") + sites, "do not form a cell");
        assertProblem(cell(4) + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n",
                "loop with no rows");
        StructureParseException overlap = assertProblem(cell(4) + sites + "Cl 0 0 1.0\n", "on top of each other");
        assertTrue(overlap.line() > 0);
        assertProblem(cell(4) + sites.replace("Na 0 0 0", "Na 0 zero 0"), "expected a number for _atom_site_fract_y");
        assertProblem(cell(4) + sites.replace("Na 0 0 0", "Xq 0 0 0"), "cannot tell the element");
        assertProblem(cell(4) + "_symmetry_space_group_name_H-M 'P m -3 m'\n" + sites, "without symmetry operations");
        assertProblem(cell(4) + "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y'\n" + sites, "3 comma-separated");
        assertProblem(cell(4) + "loop_\n_symmetry_equiv_pos_as_xyz\n'2x,y,z'\n" + sites, "not a rotation");
        assertProblem(cell(4) + sites.replace("_atom_site_fract_x", "_atom_site_Cartn_x").replace(
                "_atom_site_fract_y", "_atom_site_Cartn_y").replace("_atom_site_fract_z", "_atom_site_Cartn_z"), "Cartesian");
        assertProblem(cell(4), "no data block has atom sites");
    }

    @Test
    void pathologicalInputsFinishQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            // a huge loop of symmetry operations and a long single-line value
            StringBuilder ops = new StringBuilder("loop_\n_symmetry_equiv_pos_as_xyz\n");
            for (int i = 0; i < 5000; i++) {
                ops.append("'x,y,z'\n");
            }
            assertProblem(cell(4) + ops + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                    + "_atom_site_fract_z\nNa 0 0 0\n", "symmetry operations");
            assertProblem("data_x\n_t '" + "a".repeat(2_000_000) + "\n", "unterminated");
            String many = cell(20) + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                    + "_atom_site_fract_z\n" + "Na 0.1 0.1 0.1\n".repeat(1);
            StringBuilder sb = new StringBuilder(many);
            java.util.Random r = new java.util.Random(3);
            for (int i = 0; i < 20_000; i++) {
                sb.append("O ").append(r.nextDouble()).append(' ').append(r.nextDouble()).append(' ').append(r.nextDouble()).append('\n');
            }
            try {
                CifReader.readString(sb.toString(), "many.cif");
            } catch (StructureParseException expectedOverlapOrNot) {
                assertTrue(expectedOverlapOrNot.getMessage().contains("many.cif"));
            }
        });
    }

    @Test
    void manyRowsOnOnePositionFailAtTheFirstPairNotAfterTheExpansion() {
        String ops = "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y,z'\n'-x,-y,-z'\n'y,x,z'\n'-y,-x,-z'\n";
        String sites = "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            StructureParseException e = assertProblem(cell(4) + ops + sites + "O 0.3 0.1 0.25\n".repeat(20_000),
                    "on top of each other");
            assertEquals(20, e.line(), "the second row");
        });
        StructureParseException partial = assertProblem(cell(4) + sites.replace("_fract_z\n", "_fract_z\n"
                + "_atom_site_occupancy\n") + "Fe 0 0 0 0.5\nNi 0 0 0 0.5\n", "partial occupancy");
        assertTrue(partial.getMessage().contains("shared by 2 species"), partial.getMessage());
    }

    @Test
    void coordinatesTooLargeForTheSymmetryOperationsAreRefused() {
        String ops = "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y,z'\n'x-y,-y,-z'\n";
        assertProblem(cell(4) + ops + "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nNa 1.7e308 -1.7e308 0\n", "fractional coordinates too large");
    }

    @Test
    void latin1FilesAreRead(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("latin1.cif");
        Files.write(p, (SILICON.replace("# a comment line", "# Ångström units")).getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(8, CifReader.read(p).get(0).size());
    }

    @Test
    void nullValues() {
        String cif = cell(4) + "_chemical_name_mineral ?\n_chemical_name_common .\n"
                + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_occupancy\nNa1 ? 0 0 0 .\n";
        Structure s = CifReader.readString(cif, "null.cif").get(0);
        assertEquals("Na", s.site(0).element().symbol()); // from the label when the type symbol is "?"
        assertEquals(1, s.size()); // occupancy "." (unknown) counts as full
    }

    static String cell(double a) {
        return "data_test\n_cell_length_a " + a + "\n_cell_length_b " + a + "\n_cell_length_c " + a
                + "\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n";
    }

    private static StructureParseException assertProblem(String text, String expectedFragment) {
        StructureParseException e = assertThrows(StructureParseException.class, () -> CifReader.readString(text, "test.cif"));
        assertTrue(e.getMessage().startsWith("test.cif"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedFragment), "message '" + e.getMessage() + "' lacks '" + expectedFragment + "'");
        return e;
    }
}
