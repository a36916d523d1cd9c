package org.matdesign.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * Every CIF of the perov_5, carbon_24 and mp_20 CSVs parses, and formula, reduced formula, site count, volume,
 * density, lattice parameters and site order agree with pymatgen (fixture made by
 * fixtures/gen/make_dataset_agreement.py).
 */
class DatasetAgreementTest {

    private record Expected(String formula, String reduced, int nsites, double volume, double density, double[] abc,
            String siteOrder) {
    }

    private static Map<String, Expected> expected() throws IOException {
        Map<String, Expected> map = new HashMap<>();
        try (InputStream raw = DatasetAgreementTest.class.getResourceAsStream("/fixtures/datasets/pymatgen_agreement.csv.gz");
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertTrue(header.startsWith("dataset,file,material_id"));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                double[] abc = new double[6];
                for (int k = 0; k < 6; k++) {
                    abc[k] = Double.parseDouble(f[8 + k]);
                }
                map.put(f[0] + "/" + f[1] + "/" + f[2], new Expected(f[3], f[4], Integer.parseInt(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]), abc, f[14]));
            }
        }
        return map;
    }

    @Test
    void everyDatasetCifAgreesWithPymatgen() throws IOException {
        Path data = DataLocation.find().orElse(null);
        Assumptions.assumeTrue(data != null, "shared data folder not found");
        Map<String, Expected> expected = expected();
        assertEquals(12_989, expected.size(), "fixture rows (perov_5 val+test, carbon_24 val+test, mp_20 sample)");
        String[][] files = {{"perov_5", "val.csv"}, {"perov_5", "test.csv"}, {"carbon_24", "val.csv"},
            {"carbon_24", "test.csv"}, {"mp_20", "sample_rows_from_fork.csv"}};
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (String[] file : files) {
            Path csv = data.resolve(file[0]).resolve(file[1]);
            Assumptions.assumeTrue(Files.exists(csv), csv + " missing");
            try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
                for (DatasetRow row : (Iterable<DatasetRow>) rows::iterator) {
                    String key = file[0] + "/" + file[1] + "/" + row.id();
                    Expected e = expected.get(key);
                    if (e == null) {
                        failures.add(key + ": not in fixture");
                        continue;
                    }
                    checked++;
                    String problem = compare(row.structure(), e);
                    if (problem != null) {
                        failures.add(key + ": " + problem);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " disagreements, first: "
                + failures.subList(0, Math.min(5, failures.size())));
        assertEquals(expected.size(), checked);
    }

    private static String compare(Structure s, Expected e) {
        if (!s.composition().formula().equals(e.formula)) {
            return "formula " + s.composition().formula() + " != " + e.formula;
        }
        if (!s.composition().reducedFormula().equals(e.reduced)) {
            return "reduced formula " + s.composition().reducedFormula() + " != " + e.reduced;
        }
        if (s.size() != e.nsites) {
            return "nsites " + s.size() + " != " + e.nsites;
        }
        if (Math.abs(s.volume() - e.volume) > 1e-9 * e.volume) {
            return "volume " + s.volume() + " != " + e.volume;
        }
        if (Math.abs(s.density() - e.density) > 1e-9 * e.density) {
            return "density " + s.density() + " != " + e.density;
        }
        Lattice l = s.lattice();
        double[] p = l.parameters();
        for (int k = 0; k < 6; k++) {
            if (Math.abs(p[k] - e.abc[k]) > 1e-8) {
                return "lattice parameter " + k + ": " + p[k] + " != " + e.abc[k];
            }
        }
        String order = runLength(s.sites());
        if (!order.equals(e.siteOrder)) {
            return "site order " + order + " != " + e.siteOrder;
        }
        return null;
    }

    private static String runLength(List<Site> sites) {
        StringBuilder sb = new StringBuilder();
        Element current = null;
        int count = 0;
        for (Site site : sites) {
            if (site.element() != current) {
                if (current != null) {
                    sb.append(sb.isEmpty() ? "" : " ").append(current.symbol()).append(count);
                }
                current = site.element();
                count = 0;
            }
            count++;
        }
        sb.append(sb.isEmpty() ? "" : " ").append(current.symbol()).append(count);
        return sb.toString();
    }
}
