package org.matdesign.analysis.validity;

import java.util.Map;
import java.util.TreeMap;
import org.matdesign.core.Composition;
import org.matdesign.core.Element;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * CDVAE's compositional validity (smact_validity with SMACT 2.2.1, use_pauling_test and include_alloys true).
 *
 * <p>Elements are taken in increasing Z with counts divided by their gcd. One element, or only elements of SMACT's
 * metals list, is valid. Otherwise the composition is valid when some combination of oxidation states (one per
 * element, 2021 table) is neutral (sum of state times count is 0) and passes SMACT's Pauling test: for every pair
 * (i &lt; j) of a cation and an anion the cation must be less electronegative. Python's semantics are kept exactly:
 * pairs are checked in order, a violation fails the combination at once, and when an opposite-sign pair involves an
 * element without electronegativity the comparison raises TypeError in SMACT, which CDVAE treats as a pass for the
 * whole combination. Same-sign and zero pairs are never compared, so a missing electronegativity there changes
 * nothing. Elements absent from SMACT's table (Z &gt; 103) have no oxidation states and make the composition invalid.
 */
public final class ChargeNeutrality {

    private ChargeNeutrality() {
    }

    public static boolean isValid(Structure structure) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Site site : structure.sites()) {
            counts.merge(site.element().z(), 1, Integer::sum);
        }
        return isValid(counts);
    }

    public static boolean isValid(Composition composition) {
        Map<Integer, Integer> counts = new TreeMap<>();
        int[] reduced = composition.reducedCounts();
        int i = 0;
        for (Element e : composition.sortedByZ()) {
            counts.put(e.z(), reduced[i++]);
        }
        return isValid(counts);
    }

    /** @param countsByZ atomic number to (positive) count; counts are reduced by their gcd here */
    public static boolean isValid(Map<Integer, Integer> countsByZ) {
        if (countsByZ.isEmpty()) {
            throw new IllegalArgumentException("empty composition");
        }
        Map<Integer, Integer> sorted = new TreeMap<>(countsByZ);
        int n = sorted.size();
        int[] zs = new int[n];
        int[] counts = new int[n];
        int g = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            if (e.getValue() <= 0) {
                throw new IllegalArgumentException("count of Z=" + e.getKey() + " must be positive, got " + e.getValue());
            }
            zs[k] = e.getKey();
            counts[k] = e.getValue();
            g = gcd(g, counts[k]);
            k++;
        }
        for (int i = 0; i < n; i++) {
            counts[i] /= g;
        }
        if (n == 1) {
            return true;
        }
        SmactTable table = SmactTable.get();
        SmactTable.Entry[] entries = new SmactTable.Entry[n];
        boolean allMetals = true;
        for (int i = 0; i < n; i++) {
            entries[i] = table.entry(zs[i]);
            allMetals &= entries[i] != null && entries[i].metal();
        }
        if (allMetals) {
            return true;
        }
        for (SmactTable.Entry entry : entries) {
            if (entry == null || entry.oxidationStates().length == 0) {
                return false;
            }
        }
        return search(entries, counts, new int[n], 0, 0);
    }

    /** Depth-first over oxidation-state combinations (itertools.product order); true at the first accepted one. */
    private static boolean search(SmactTable.Entry[] entries, int[] counts, int[] chosen, int depth, long charge) {
        if (depth == entries.length) {
            return charge == 0 && paulingTest(chosen, entries);
        }
        for (int ox : entries[depth].oxidationStates()) {
            chosen[depth] = ox;
            if (search(entries, counts, chosen, depth + 1, charge + (long) ox * counts[depth])) {
                return true;
            }
        }
        return false;
    }

    /** SMACT eneg_states_test with CDVAE's "TypeError means pass" for missing electronegativities. */
    static boolean paulingTest(int[] ox, SmactTable.Entry[] entries) {
        for (int i = 0; i < ox.length; i++) {
            for (int j = i + 1; j < ox.length; j++) {
                boolean cationAnion = ox[i] > 0 && ox[j] < 0;
                boolean anionCation = ox[i] < 0 && ox[j] > 0;
                if (!cationAnion && !anionCation) {
                    continue;
                }
                double ei = entries[i].pauling();
                double ej = entries[j].pauling();
                if (Double.isNaN(ei) || Double.isNaN(ej)) {
                    return true;
                }
                if (cationAnion && ei >= ej) {
                    return false;
                }
                if (anionCation && ei <= ej) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
