package org.matdesign.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/** The compact dataset a model bundle ships: round trip to 8 decimals, stable bytes, checksum, clear errors. */
class CompactDatasetTest {

    private static DatasetRow row(String id, double gap) {
        Structure s = Structure.of(Lattice.fromMatrix(new double[][] {{4.012345678912, 0, 0}, {0.1, 4, 0}, {0, 0, 3.9}}),
                List.of(Species.of("Ba"), Species.of("Ti"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.123456789, 0.5, 0}));
        return new DatasetRow(id, s, Map.of("dir_gap", gap), Map.of());
    }

    private static byte[] write(List<DatasetRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactDataset.write(rows, List.of("dir_gap"), "two rows", out);
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsIdsValuesAndGeometryTo8Decimals() throws IOException {
        byte[] bytes = write(List.of(row("a", 1.25), row("b", Double.NaN)));
        CompactDataset.Table t = CompactDataset.read(bytes, "test");
        assertEquals("two rows", t.description());
        assertEquals(List.of("dir_gap"), t.columns());
        assertEquals(2, t.rows().size());
        assertEquals(1.25, t.rows().get(0).property("dir_gap"));
        assertTrue(Double.isNaN(t.rows().get(1).property("dir_gap")));
        Structure s = t.rows().get(0).structure();
        assertEquals(4.01234568, s.lattice().matrix()[0][0], 1e-12);
        assertEquals(0.12345679, s.site(2).frac(0), 1e-12);
        assertEquals("O", s.site(2).element().symbol());
        assertEquals(Checksums.sha256(bytes), t.sha256());
        assertEquals(Checksums.sha256(bytes), Checksums.sha256(write(List.of(row("a", 1.25),
                row("b", Double.NaN)))), "the same rows give the same bytes");
    }

    @Test
    void changedOrForeignBytesAreRecognised() throws IOException {
        byte[] bytes = write(List.of(row("a", 1.25)));
        byte[] changed = write(List.of(row("a", 1.26)));
        assertNotEquals(Checksums.sha256(bytes), Checksums.sha256(changed));
        IOException foreign = assertThrows(IOException.class, () -> CompactDataset.read(
                new byte[] {31, -117, 8, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "empty.gz"));
        assertTrue(foreign.getMessage().contains("empty.gz"), foreign.getMessage());
        assertThrows(IOException.class, () -> CompactDataset.read("not gzip".getBytes(), "text"));
    }

    @Test
    void brokenFilesAreIoExceptionsNamingTheSource() throws IOException {
        byte[] bytes = write(List.of(row("a", 1.25)));
        assertProblem("not gzip".getBytes(StandardCharsets.UTF_8), "not a gzip file");
        assertProblem(Arrays.copyOf(bytes, bytes.length - 12), "broken or truncated gzip data");
        byte[] corrupt = bytes.clone();
        corrupt[corrupt.length / 2] ^= 0x55;
        assertProblem(corrupt, "broken.gz");
        String header = "# matdesign compact dataset v1\n# d\nid\tdir_gap\tlattice\tspecies\tfrac\n";
        assertProblem(gzip(header + "a\t1\t4 0 0 0 4 0 0 0\tBa\t0 0 0\n"), "the lattice needs 9 numbers, got 8");
        assertProblem(gzip(header + "a\t1\t4 0 0 0 4 0 0 0 4\tBa\t0 NaN 0\n"), "non-finite number 'NaN'");
    }

    private static void assertProblem(byte[] file, String fragment) {
        IOException e = assertThrows(IOException.class, () -> CompactDataset.read(file, "broken.gz"));
        assertTrue(e.getMessage().startsWith("broken.gz") && e.getMessage().contains(fragment), e.getMessage());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
