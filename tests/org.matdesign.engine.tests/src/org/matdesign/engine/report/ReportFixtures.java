package org.matdesign.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made candidates for the report tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** Cubic perovskite ABX3: A at the corner, B at the body centre, X at the face centres. */
    static CellView perovskite(String a, String b, String x, double edge) {
        return new CellView(new double[][] {{edge, 0, 0}, {0, edge, 0}, {0, 0, edge}}, List.of(a, b, x, x, x),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0, 0.5, 0.5},
                        new double[] {0.5, 0, 0.5}, new double[] {0.5, 0.5, 0}));
    }

    static List<CandidateRow> rows() {
        List<CandidateRow> rows = new ArrayList<>();
        String[][] chem = {{"Ba", "Ti", "O"}, {"Sr", "Ti", "O"}, {"Cs", "Pb", "I"}, {"K", "Ta", "Se"}};
        double[] gaps = {0.8, 1.0, 1.2, 1.5};
        for (int i = 0; i < 8; i++) {
            String[] c = chem[i % 4];
            Map<String, Double> targets = new LinkedHashMap<>();
            targets.put("band_gap", gaps[i % 4]);
            targets.put("formation_energy", -0.025);
            Map<String, Double> predicted = Map.of("band_gap", gaps[i % 4] + 0.05 * i, "formation_energy", -0.03);
            Map<String, Double> independent = i == 3 ? Map.of() : Map.of("band_gap", gaps[i % 4] - 0.1, "formation_energy", 0.2 * i);
            boolean stable = i % 3 == 0;
            rows.add(new CandidateRow("t" + (i % 4 + 1) + "-c" + i, "band_gap=" + gaps[i % 4] + " formation_energy=-0.025",
                    targets, c[0] + c[1] + c[2] + "3", "c" + i + ".cif", predicted, independent, true, i != 2, i != 5,
                    i % 2 == 0, i == 3 ? Double.NaN : 0.05 * i, i == 3 ? null : stable,
                    CandidateRow.sunVerdict(true, i != 2, i != 5, i % 2 == 0, stable), 0.01 * i,
                    perovskite(c[0], c[1], c[2], 4.0)));
        }
        return rows;
    }
}
