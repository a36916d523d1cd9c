package org.matdesign.analysis.novelty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

class NoveltyTest {

    static Structure perovskite(double a, String aSite, String bSite) {
        return Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90),
                List.of(Species.of(aSite), Species.of(bSite), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
    }

    private static List<Structure> references() {
        List<Structure> refs = new ArrayList<>();
        String[] a = {"Sr", "Ba", "Ca", "La"};
        String[] b = {"Ti", "Zr", "Hf", "Sn"};
        for (String x : a) {
            for (String y : b) {
                refs.add(perovskite(4.0, x, y));
            }
        }
        return refs;
    }

    @Test
    void findsTheMatchingReference() {
        NoveltyIndex index = new NoveltyIndex(references());
        assertEquals(16, index.size());
        assertEquals(Optional.of(5), index.findMatch(perovskite(4.1, "Ba", "Zr")));
        assertTrue(index.isNovel(perovskite(4.0, "Ti", "Sr")), "A/B swapped is a different structure");
        assertTrue(index.isNovel(perovskite(4.0, "K", "Nb")), "unknown composition");
    }

    @Test
    void volumeFilterIsAHeuristicThatCanBeSwitchedOff() {
        Structure compressed = perovskite(4.0 * 0.7, "Sr", "Ti");
        NoveltyIndex filtered = new NoveltyIndex(references(), new StructureMatcher(), DuplicateFilter.defaults());
        NoveltyIndex exact = new NoveltyIndex(references(), new StructureMatcher(), DuplicateFilter.exact());
        assertTrue(filtered.isNovel(compressed), "volume per atom differs by a factor 2.9");
        assertFalse(exact.isNovel(compressed), "scale=true matches regardless of volume");
        assertArrayEquals(new boolean[] {false, true}, exact.novel(List.of(compressed, perovskite(4, "K", "Nb"))));
    }

    @Test
    void uniquenessKeepsTheFirstOfEachDuplicateGroup() {
        List<Structure> set = List.of(perovskite(4.0, "Sr", "Ti"), perovskite(4.02, "Sr", "Ti"),
                perovskite(4.0, "Ba", "Ti"), perovskite(4.0, "Ti", "Sr"), perovskite(3.98, "Ba", "Ti"));
        boolean[] flags = UniquenessIndex.uniqueFlags(set, new StructureMatcher(), DuplicateFilter.defaults());
        assertArrayEquals(new boolean[] {true, false, true, true, false}, flags);
        assertEquals(0.6, UniquenessIndex.uniqueness(set, new StructureMatcher(), DuplicateFilter.defaults()), 1e-12);
        UniquenessIndex incremental = new UniquenessIndex();
        assertTrue(incremental.addIfUnique(set.get(0)));
        assertFalse(incremental.addIfUnique(set.get(1)));
        assertEquals(1, incremental.uniqueCount());
    }
}
