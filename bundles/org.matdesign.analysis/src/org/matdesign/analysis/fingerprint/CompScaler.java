package org.matdesign.analysis.fingerprint;

import java.util.List;

/** CDVAE's fixed CompScaler: z = (x - mean) / std per feature with CDVAE's constants, NaN replaced by 0. */
public final class CompScaler {

    private static volatile double[][] constants;

    private CompScaler() {
    }

    public static double[] scale(double[] raw) {
        double[][] c = constants();
        if (raw.length != c[0].length) {
            throw new IllegalArgumentException("expected " + c[0].length + " features, got " + raw.length);
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double z = (raw[i] - c[0][i]) / c[1][i];
            out[i] = Double.isNaN(z) ? 0 : z;
        }
        return out;
    }

    private static double[][] constants() {
        double[][] c = constants;
        if (c == null) {
            List<String[]> rows = TsvResource.rows(CompScaler.class, "cdvae_comp_scaler.tsv", 3);
            c = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                c[0][i] = Double.parseDouble(rows.get(i)[1]);
                c[1][i] = Double.parseDouble(rows.get(i)[2]);
            }
            constants = c;
        }
        return c;
    }
}
