package org.matdesign.predictors.cgcnn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonObject;

/**
 * Held-out figures of a property predictor: MAE and R^2 per property, and the band-gap MAE on the gapped subset
 * (true band gap above {@value #GAPPED_EV} eV).
 */
public final class Metrics {

    public static final double GAPPED_EV = 0.1;

    private final Map<String, double[]> figures = new LinkedHashMap<>(); // mae, r2, count
    private double gappedMae = Double.NaN;
    private int gappedCount;

    private Metrics() {
    }

    /**
     * @param truth     per property, the true values (row order)
     * @param predicted per property, the predictions (same order; NaN rows are left out)
     */
    public static Metrics of(Map<String, double[]> truth, Map<String, double[]> predicted) {
        Metrics m = new Metrics();
        for (String p : truth.keySet()) {
            double[] t = truth.get(p);
            double[] y = predicted.get(p);
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < t.length; i++) {
                if (Double.isFinite(t[i]) && Double.isFinite(y[i])) {
                    pairs.add(new double[] {t[i], y[i]});
                }
            }
            double mean = pairs.stream().mapToDouble(a -> a[0]).average().orElse(Double.NaN);
            double abs = 0;
            double ssRes = 0;
            double ssTot = 0;
            for (double[] a : pairs) {
                abs += Math.abs(a[0] - a[1]);
                ssRes += (a[0] - a[1]) * (a[0] - a[1]);
                ssTot += (a[0] - mean) * (a[0] - mean);
            }
            m.figures.put(p, new double[] {abs / pairs.size(), 1 - ssRes / ssTot, pairs.size()});
            if (p.equals("band_gap")) {
                double sum = 0;
                int count = 0;
                for (double[] a : pairs) {
                    if (a[0] > GAPPED_EV) {
                        sum += Math.abs(a[0] - a[1]);
                        count++;
                    }
                }
                m.gappedCount = count;
                m.gappedMae = count == 0 ? Double.NaN : sum / count;
            }
        }
        return m;
    }

    public double mae(String property) {
        return figures.get(property)[0];
    }

    public double r2(String property) {
        return figures.get(property)[1];
    }

    public int count(String property) {
        return (int) figures.get(property)[2];
    }

    public double gappedMae() {
        return gappedMae;
    }

    public int gappedCount() {
        return gappedCount;
    }

    /** Crystals whose band gap is above {@value #GAPPED_EV} eV. */
    public static int gapped(double[] bandGaps) {
        int n = 0;
        for (double v : bandGaps) {
            if (v > GAPPED_EV) {
                n++;
            }
        }
        return n;
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, double[]> e : figures.entrySet()) {
            o.addProperty("mae." + e.getKey(), round(e.getValue()[0]));
            o.addProperty("r2." + e.getKey(), round(e.getValue()[1]));
            o.addProperty("count." + e.getKey(), (int) e.getValue()[2]);
        }
        if (figures.containsKey("band_gap")) {
            o.addProperty("mae_gapped.band_gap", round(gappedMae));
            o.addProperty("count_gapped", gappedCount);
        }
        return o;
    }

    /** One line per property, e.g. {@code band_gap  MAE 0.123 eV  R^2 0.812  (761 crystals)}. */
    public String describe(Map<String, String> units) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, double[]> e : figures.entrySet()) {
            String unit = units.getOrDefault(e.getKey(), "");
            b.append(String.format(Locale.ROOT, "  %-18s MAE %.4f %s  R^2 %.4f  (%d crystals)%n", e.getKey(),
                    e.getValue()[0], unit, e.getValue()[1], (int) e.getValue()[2]));
        }
        if (figures.containsKey("band_gap")) {
            b.append(String.format(Locale.ROOT, "  %-18s MAE %.4f eV on the %d gapped crystals (band gap > %.1f eV)%n",
                    "band_gap (gapped)", gappedMae, gappedCount, GAPPED_EV));
        }
        return b.toString();
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e5) / 1e5 : v;
    }
}
