package org.matdesign.outputs.render;

import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.FunnelStage;

/** Small self-contained SVG charts for the report: scatter with y = x line, histogram, funnel bars. No scripts. */
public final class SvgCharts {

    private static final int W = 420;
    private static final int H = 300;
    private static final int LEFT = 58;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 46;
    private static final int LEGEND_LINE = 16;

    /** One series of points; {@code marker} is "circle" or "square". */
    public record Series(String name, String colour, String marker, List<double[]> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    private SvgCharts() {
    }

    /** Scatter plot; with {@code diagonal} the y = x line (perfect agreement) is drawn. */
    public static String scatter(String title, String xLabel, String yLabel, List<Series> series, boolean diagonal) {
        double[] xr = range(series, 0);
        double[] yr = range(series, 1);
        if (diagonal) {
            double lo = Math.min(xr[0], yr[0]);
            double hi = Math.max(xr[1], yr[1]);
            xr = new double[] {lo, hi};
            yr = new double[] {lo, hi};
        }
        Axis x = Axis.of(xr[0], xr[1], LEFT, W - RIGHT);
        Axis y = Axis.of(yr[0], yr[1], H - BOTTOM, TOP);
        StringBuilder s = open(title, series.size() * LEGEND_LINE + 4);
        frame(s, x, y, xLabel, yLabel);
        if (diagonal) {
            double lo = Math.max(x.lo(), y.lo());
            double hi = Math.min(x.hi(), y.hi());
            s.append("<line x1=\"").append(Xml.px(x.map(lo))).append("\" y1=\"").append(Xml.px(y.map(lo)))
                    .append("\" x2=\"").append(Xml.px(x.map(hi))).append("\" y2=\"").append(Xml.px(y.map(hi)))
                    .append("\" stroke=\"#888888\" stroke-dasharray=\"5,4\"/>\n");
        }
        // one legend line per series below the plot, so long source names never run into each other
        int legendY = H + 2;
        for (Series ser : series) {
            for (double[] p : ser.points()) {
                if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                    continue;
                }
                marker(s, ser.marker(), x.map(p[0]), y.map(p[1]), ser.colour(), 3.5);
            }
            marker(s, ser.marker(), LEFT + 8, legendY - 4, ser.colour(), 4);
            s.append(text(LEFT + 18, legendY, 11, "start", ser.name() + " (" + finiteCount(ser) + " with a value)"));
            legendY += LEGEND_LINE;
        }
        return s.append("</svg>").toString();
    }

    /**
     * Histogram of the finite values in {@code bins} equal bins; a vertical marker at {@code threshold} (if finite) with
     * its label.
     */
    public static String histogram(String title, String xLabel, double[] values, int bins, double threshold,
            String thresholdLabel) {
        List<Double> finite = new ArrayList<>();
        for (double v : values) {
            if (Double.isFinite(v)) {
                finite.add(v);
            }
        }
        double lo = finite.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = finite.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (Double.isFinite(threshold)) {
            lo = Math.min(lo, threshold);
            hi = Math.max(hi, threshold);
        }
        lo = Math.min(lo, 0);
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        int[] counts = new int[bins];
        double width = (hi - lo) / bins;
        for (double v : finite) {
            int b = (int) Math.min(bins - 1, Math.floor((v - lo) / width));
            counts[b]++;
        }
        int maxCount = 1;
        for (int c : counts) {
            maxCount = Math.max(maxCount, c);
        }
        Axis x = Axis.exact(lo, hi, LEFT, W - RIGHT);
        Axis y = Axis.of(0, maxCount, H - BOTTOM, TOP);
        StringBuilder s = open(title, 0);
        frame(s, x, y, xLabel, "candidates");
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double x0 = x.map(lo + b * width);
            double x1 = x.map(lo + (b + 1) * width);
            double y0 = y.map(counts[b]);
            s.append("<rect class=\"bar\" x=\"").append(Xml.px(x0 + 0.5)).append("\" y=\"").append(Xml.px(y0))
                    .append("\" width=\"").append(Xml.px(Math.max(0.5, x1 - x0 - 1))).append("\" height=\"")
                    .append(Xml.px(y.map(0) - y0)).append("\" fill=\"#4c78a8\"><title>")
                    .append(Xml.escape(Num.people(lo + b * width, 3) + " .. " + Num.people(lo + (b + 1) * width, 3) + ": "
                            + counts[b]))
                    .append("</title></rect>\n");
        }
        if (Double.isFinite(threshold)) {
            double tx = x.map(threshold);
            s.append("<line x1=\"").append(Xml.px(tx)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(Xml.px(tx))
                    .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#d62728\" stroke-dasharray=\"4,3\"/>\n");
            s.append(text(tx + 4, TOP + 12, 11, "start", thresholdLabel));
        }
        s.append(text(W - RIGHT, TOP - 3, 11, "end", finite.size() + " of " + values.length + " with a value"));
        return s.append("</svg>").toString();
    }

    /** One named sample of values for {@link #distributions}. */
    public record Distribution(String name, String colour, double[] values) {
    }

    /**
     * Overlaid step histograms of several samples over common bins, each normalised to fractions so that samples of
     * different sizes (generated vs reference) compare directly.
     */
    public static String distributions(String title, String xLabel, List<Distribution> samples, int bins) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Distribution d : samples) {
            for (double v : d.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        double width = (hi - lo) / bins;
        List<double[]> fractions = new ArrayList<>();
        double top = 1e-9;
        for (Distribution d : samples) {
            double[] f = new double[bins];
            int n = 0;
            for (double v : d.values()) {
                if (Double.isFinite(v)) {
                    f[(int) Math.min(bins - 1, Math.floor((v - lo) / width))]++;
                    n++;
                }
            }
            for (int b = 0; b < bins; b++) {
                f[b] /= Math.max(1, n);
                top = Math.max(top, f[b]);
            }
            fractions.add(f);
        }
        Axis x = Axis.exact(lo, hi, LEFT, W - RIGHT);
        Axis y = Axis.of(0, top, H - BOTTOM, TOP);
        StringBuilder s = open(title, LEGEND_LINE * samples.size());
        frame(s, x, y, xLabel, "fraction");
        for (int k = 0; k < samples.size(); k++) {
            StringBuilder path = new StringBuilder("M").append(Xml.px(x.map(lo))).append(',').append(Xml.px(y.map(0)));
            for (int b = 0; b < bins; b++) {
                double py = y.map(fractions.get(k)[b]);
                path.append(" L").append(Xml.px(x.map(lo + b * width))).append(',').append(Xml.px(py))
                        .append(" L").append(Xml.px(x.map(lo + (b + 1) * width))).append(',').append(Xml.px(py));
            }
            path.append(" L").append(Xml.px(x.map(hi))).append(',').append(Xml.px(y.map(0)));
            Distribution d = samples.get(k);
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(d.colour())
                    .append("\" stroke-width=\"1.8\"/>\n");
            double legendY = H + 4 + LEGEND_LINE * k;
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(Xml.px(legendY - 4)).append("\" x2=\"")
                    .append(LEFT + 14).append("\" y2=\"").append(Xml.px(legendY - 4)).append("\" stroke=\"")
                    .append(d.colour()).append("\" stroke-width=\"2\"/>");
            s.append(text(LEFT + 18, legendY, 11, "start", d.name() + " (" + java.util.Arrays.stream(d.values())
                    .filter(Double::isFinite).count() + ")")).append('\n');
        }
        return s.append("</svg>").toString();
    }

    /** Horizontal bars, one per funnel stage, widths relative to the first stage. */
    public static String funnel(String title, List<FunnelStage> stages) {
        int rowH = 26;
        int height = TOP + 10 + rowH * Math.max(1, stages.size()) + 10;
        int labelW = 190;
        int barMax = W + 120 - labelW - 70;
        long first = stages.isEmpty() ? 1 : Math.max(1, stages.get(0).count());
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart funnel\" width=\"").append(W + 120).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(W + 120).append(' ').append(height).append("\" role=\"img\"><title>")
                .append(Xml.escape(title)).append("</title>\n");
        s.append(text((W + 120) / 2.0, 18, 13, "middle", title));
        int yPos = TOP + 10;
        for (FunnelStage st : stages) {
            double w = barMax * (double) st.count() / first;
            s.append(text(labelW - 8, yPos + 16, 12, "end", st.name()));
            s.append("<rect x=\"").append(labelW).append("\" y=\"").append(yPos + 3).append("\" width=\"")
                    .append(Xml.px(Math.max(1, w))).append("\" height=\"").append(rowH - 8)
                    .append("\" fill=\"#59a14f\"><title>").append(Xml.escape(st.name() + ": " + st.count()
                            + (st.description().isEmpty() ? "" : " (" + st.description() + ")")))
                    .append("</title></rect>");
            s.append(text(labelW + Math.max(1, w) + 6, yPos + 16, 12, "start",
                    st.count() + " (" + Num.people(100.0 * st.count() / first, 3) + " %)"));
            s.append('\n');
            yPos += rowH;
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int extraHeight) {
        int height = H + extraHeight;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" width=\"").append(W).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(height).append("\" role=\"img\"><title>")
                .append(Xml.escape(title)).append("</title>\n");
        s.append(text(W / 2.0, 16, 13, "middle", title));
        return s;
    }

    private static void frame(StringBuilder s, Axis x, Axis y, String xLabel, String yLabel) {
        s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(W - LEFT - RIGHT)
                .append("\" height=\"").append(H - TOP - BOTTOM).append("\" fill=\"none\" stroke=\"#333333\"/>\n");
        for (double t : x.ticks()) {
            double px = x.map(t);
            s.append("<line x1=\"").append(Xml.px(px)).append("\" y1=\"").append(H - BOTTOM).append("\" x2=\"")
                    .append(Xml.px(px)).append("\" y2=\"").append(H - BOTTOM + 4).append("\" stroke=\"#333333\"/>");
            s.append(text(px, H - BOTTOM + 16, 10, "middle", Num.people(t, 4)));
        }
        for (double t : y.ticks()) {
            double py = y.map(t);
            s.append("<line x1=\"").append(LEFT - 4).append("\" y1=\"").append(Xml.px(py)).append("\" x2=\"").append(LEFT)
                    .append("\" y2=\"").append(Xml.px(py)).append("\" stroke=\"#333333\"/>");
            s.append(text(LEFT - 7, py + 3.5, 10, "end", Num.people(t, 4)));
        }
        s.append('\n');
        s.append(text((LEFT + W - RIGHT) / 2.0, H - 10, 12, "middle", xLabel));
        s.append("<text x=\"14\" y=\"").append(Xml.px((TOP + H - BOTTOM) / 2.0))
                .append("\" font-size=\"12\" font-family=\"sans-serif\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(Xml.px((TOP + H - BOTTOM) / 2.0)).append(")\">").append(Xml.escape(yLabel)).append("</text>\n");
    }

    private static void marker(StringBuilder s, String marker, double x, double y, String colour, double r) {
        if ("square".equals(marker)) {
            s.append("<rect x=\"").append(Xml.px(x - r)).append("\" y=\"").append(Xml.px(y - r)).append("\" width=\"")
                    .append(Xml.px(2 * r)).append("\" height=\"").append(Xml.px(2 * r)).append("\" fill=\"").append(colour)
                    .append("\" fill-opacity=\"0.7\"/>");
        } else {
            s.append("<circle cx=\"").append(Xml.px(x)).append("\" cy=\"").append(Xml.px(y)).append("\" r=\"").append(Xml.px(r))
                    .append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.7\"/>");
        }
    }

    private static String text(double x, double y, int size, String anchor, String content) {
        return "<text x=\"" + Xml.px(x) + "\" y=\"" + Xml.px(y) + "\" font-size=\"" + size
                + "\" font-family=\"sans-serif\" text-anchor=\"" + anchor + "\">" + Xml.escape(content) + "</text>";
    }

    private static double[] range(List<Series> series, int k) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Series s : series) {
            for (double[] p : s.points()) {
                if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                    lo = Math.min(lo, p[k]);
                    hi = Math.max(hi, p[k]);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }

    private static long finiteCount(Series s) {
        return s.points().stream().filter(p -> Double.isFinite(p[0]) && Double.isFinite(p[1])).count();
    }

    /** A linear axis from data values to pixels with "nice" ticks. */
    private record Axis(double lo, double hi, double p0, double p1, double step) {

        static Axis of(double lo, double hi, double p0, double p1) {
            if (hi - lo < 1e-12) {
                double pad = Math.max(0.5, Math.abs(lo) * 0.1);
                lo -= pad;
                hi += pad;
            }
            double step = niceStep((hi - lo) / 5);
            return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, p0, p1, step);
        }

        static Axis exact(double lo, double hi, double p0, double p1) {
            return new Axis(lo, hi, p0, p1, niceStep((hi - lo) / 5));
        }

        double map(double v) {
            return p0 + (v - lo) / (hi - lo) * (p1 - p0);
        }

        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            double first = Math.ceil(lo / step - 1e-9) * step;
            for (double v = first; v <= hi + step * 1e-9 && t.size() < 20; v += step) {
                t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
            }
            return t;
        }

        private static double niceStep(double raw) {
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / mag;
            double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
            return nice * mag;
        }
    }
}
