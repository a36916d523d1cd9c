package org.matdesign.analysis.localenv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Per-element inputs of CrystalNN for structures without oxidation states: Pauling electronegativity and the
 * covalent (else atomic) radius, as pymatgen 2022.11.7 has them (crystalnn_elements.tsv, made by the analysis tests'
 * fixtures/gen/make_crystalnn_elements.py). NaN where pymatgen has no value.
 */
final class CrystalNnElements {

    private static final double[] X = new double[120];
    private static final double[] RADIUS = new double[120];

    static {
        Arrays.fill(X, Double.NaN);
        Arrays.fill(RADIUS, Double.NaN);
        try (InputStream in = CrystalNnElements.class.getResourceAsStream("crystalnn_elements.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource crystalnn_elements.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                int z = Integer.parseInt(f[0]);
                X[z] = number(f[2]);
                RADIUS[z] = number(f[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read crystalnn_elements.tsv", e);
        }
    }

    private CrystalNnElements() {
    }

    static double electronegativity(int z) {
        return z > 0 && z < X.length ? X[z] : Double.NaN;
    }

    static double radius(int z) {
        return z > 0 && z < RADIUS.length ? RADIUS[z] : Double.NaN;
    }

    private static double number(String s) {
        return s.equals("nan") ? Double.NaN : Double.parseDouble(s);
    }
}
