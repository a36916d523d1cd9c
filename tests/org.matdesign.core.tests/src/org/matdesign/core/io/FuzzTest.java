package org.matdesign.core.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.matdesign.core.Fixtures;

/**
 * Randomly truncated, cut and garbled CIF, POSCAR and JSON files either parse or fail with a
 * StructureParseException naming the source; never with another exception, never slowly.
 */
class FuzzTest {

    private static final String ALPHABET =
            " \n\t'\";_#0123456789.-+/()?xyzabcdefXYZABCDEFOHNCl{}[],:loop_data_";

    @Test
    void mutatedFilesFailCleanly() {
        List<Object[]> seeds = List.of(
                new Object[] {StructureFormat.CIF, Fixtures.text("/fixtures/cif/symmetrized/pmg_quartz.cif")},
                new Object[] {StructureFormat.CIF, Fixtures.text("/fixtures/cif/symmetrized/ase_corundum.cif")},
                new Object[] {StructureFormat.CIF, Fixtures.text("/fixtures/cif/symmetrized/pmg_NaCl_oxi.cif")},
                new Object[] {StructureFormat.POSCAR, Fixtures.text("/fixtures/written/triclinic.vasp")},
                new Object[] {StructureFormat.JSON, Fixtures.text("/fixtures/written/quartz.json")});
        Random r = new Random(20240611);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            int failures = 0;
            for (int i = 0; i < 3000; i++) {
                Object[] seed = seeds.get(r.nextInt(seeds.size()));
                String text = mutate((String) seed[1], r);
                try {
                    StructureFiles.readAllString(text, (StructureFormat) seed[0], "fuzz.in")
                            .forEach(s -> s.structure().composition().reducedFormula());
                } catch (StructureParseException e) {
                    failures++;
                    assertTrue(e.getMessage().startsWith("fuzz.in"), e.getMessage());
                } catch (RuntimeException e) {
                    throw new AssertionError("unexpected " + e + " for input:\n" + text, e);
                }
            }
            assertTrue(failures > 100, "the mutations should break most inputs");
        });
    }

    private static String mutate(String seed, Random r) {
        StringBuilder sb = new StringBuilder(seed);
        int mutations = 1 + r.nextInt(8);
        for (int m = 0; m < mutations && sb.length() > 0; m++) {
            int p = r.nextInt(sb.length());
            switch (r.nextInt(5)) {
                case 0 -> sb.setLength(p);
                case 1 -> sb.setCharAt(p, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 2 -> sb.insert(p, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 3 -> sb.delete(p, Math.min(sb.length(), p + r.nextInt(40)));
                default -> {
                    int q = r.nextInt(sb.length());
                    sb.insert(p, sb.substring(q, Math.min(sb.length(), q + 60)));
                }
            }
        }
        return sb.toString();
    }
}
