package org.matdesign.analysis.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our StructureMatcher against pymatgen 2022.11.7 on the committed fixture of varied pairs. */
class PymatgenAgreementTest {

    private static List<PymatgenAgreement.Pair> pairs;
    private static PymatgenAgreement.Report report;

    @BeforeAll
    static void run() {
        pairs = PymatgenAgreement.loadPairs();
        report = PymatgenAgreement.run(pairs, 1);
    }

    @Test
    void fixtureIsLargeAndVaried() {
        assertTrue(pairs.size() >= 500, "pairs: " + pairs.size());
        Map<Boolean, Long> byFit = pairs.stream().collect(Collectors.partitioningBy(PymatgenAgreement.Pair::fit,
                Collectors.counting()));
        assertTrue(byFit.get(true) >= 100 && byFit.get(false) >= 100, "fit/no-fit balance: " + byFit);
        long categories = pairs.stream().map(PymatgenAgreement.Pair::category).distinct().count();
        assertTrue(categories >= 20, "categories: " + categories);
    }

    @Test
    void sameFitDecisionOnAtLeast995Percent() {
        assertTrue(report.fitAgreement() >= 0.995, "fit agreement " + report.fitAgreement() + ": "
                + report.disagreements());
    }

    @Test
    void rmsPresentExactlyWhenPymatgenHasOne() {
        assertTrue(report.sameRmsPresence() >= 0.995 * report.pairs(), report.disagreements().toString());
    }

    @Test
    void rmsWithin1e3WhereBothMatch() {
        assertTrue(report.bothRms() > 300, "pairs with an rms on both sides: " + report.bothRms());
        assertTrue(report.maxRmsDiff() < 1e-3, "max |rms diff| " + report.maxRmsDiff());
    }

    @Test
    void noDisagreementAtAll() {
        // pymatgen's own ordering is reproduced, so every pair should agree; keep this strict to catch regressions
        assertEquals(List.of(), report.disagreements());
    }
}
