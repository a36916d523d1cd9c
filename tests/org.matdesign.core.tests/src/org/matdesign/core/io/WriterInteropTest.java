package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.matdesign.core.Fixtures;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * The writers' output is exactly the text in fixtures/written, which pymatgen (CIF, POSCAR, JSON) and ASE (CIF,
 * POSCAR, extended XYZ) were shown to read identically (check_written_files.py); what they read
 * (NAME.readback.json) agrees with the structure written.
 */
class WriterInteropTest {

    static Map<String, Structure> samples() {
        Map<String, Structure> samples = new LinkedHashMap<>();
        samples.put("quartz", read("pmg_quartz"));
        samples.put("triclinic", read("pmg_mp-1189952_sg2"));
        samples.put("nacl_oxi", read("pmg_NaCl_oxi"));
        samples.put("rotated", Structure.of(Lattice.fromMatrix(new double[][] {{3, 1, 0.5}, {-1, 4, 0.2}, {0.3, 0.1, 5}}),
                List.of(Species.of("Ga"), Species.of("As"), Species.of("Ga")),
                List.of(new double[] {0, 0, 0}, new double[] {0.25, 0.25, 0.25}, new double[] {1.5, -0.5, 0.5})));
        return samples;
    }

    private static Structure read(String name) {
        return CifReader.readString(Fixtures.text("/fixtures/cif/symmetrized/" + name + ".cif"), name).get(0);
    }

    @Test
    void writersReproduceTheCheckedFiles() {
        for (Map.Entry<String, Structure> e : samples().entrySet()) {
            for (StructureFormat f : StructureFormat.values()) {
                String expected = Fixtures.text("/fixtures/written/" + e.getKey() + "." + f.extension());
                assertEquals(expected, StructureFiles.toText(e.getValue(), f), e.getKey() + " as " + f
                        + " changed: re-run check_written_files.py after regenerating fixtures/written");
            }
        }
    }

    @Test
    void whatPymatgenAndAseReadBackAgreesWithTheStructure() {
        for (Map.Entry<String, Structure> e : samples().entrySet()) {
            JsonObject r = Fixtures.json("/fixtures/written/" + e.getKey() + ".readback.json").getAsJsonObject();
            Structure s = e.getValue();
            assertArrayEquals(Fixtures.vector(r.get("cell")), s.lattice().parameters(), 1e-6, e.getKey());
            assertEquals(r.get("volume").getAsDouble(), s.volume(), 1e-6);
            List<String> symbols = new ArrayList<>();
            for (JsonElement x : r.getAsJsonArray("symbols")) {
                symbols.add(x.getAsString());
            }
            List<String> ours = new ArrayList<>();
            s.sites().forEach(site -> ours.add(site.element().symbol()));
            assertEquals(symbols, ours, e.getKey());
            double[] expected = Fixtures.vector(r.get("cart_distances"));
            double[][] d = s.distanceMatrix();
            double[] actual = new double[expected.length];
            int k = 0;
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    actual[k++] = d[i][j];
                }
            }
            Arrays.sort(actual);
            assertArrayEquals(expected, actual, 2e-6, e.getKey() + " sorted distance multiset");
        }
    }
}
