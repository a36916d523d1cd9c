package org.matdesign.analysis.metrics;

import java.util.List;
import java.util.Random;

/**
 * The plane of the two principal components of a set of vectors (e.g. a model's latent vectors of its training
 * crystals), fitted once and used to project those and other vectors to 2D for a map. Power iteration with
 * deflation on the covariance: enough for the two leading directions of a few hundred dimensions.
 */
public final class PrincipalPlane {

    private static final int ITERATIONS = 300;

    private final double[] mean;
    private final double[][] axes;
    private final double[] variances;

    private PrincipalPlane(double[] mean, double[][] axes, double[] variances) {
        this.mean = mean;
        this.axes = axes;
        this.variances = variances;
    }

    /**
     * @param vectors at least two, all of one length
     * @throws IllegalArgumentException for fewer than two vectors or mixed lengths
     */
    public static PrincipalPlane fit(List<double[]> vectors) {
        if (vectors.size() < 2) {
            throw new IllegalArgumentException("a principal plane needs at least two vectors, got " + vectors.size());
        }
        int d = vectors.get(0).length;
        double[] mean = new double[d];
        for (double[] v : vectors) {
            if (v.length != d) {
                throw new IllegalArgumentException("vectors of lengths " + d + " and " + v.length);
            }
            for (int k = 0; k < d; k++) {
                mean[k] += v[k] / vectors.size();
            }
        }
        double[][] cov = new double[d][d];
        for (double[] v : vectors) {
            for (int i = 0; i < d; i++) {
                double ci = v[i] - mean[i];
                for (int j = i; j < d; j++) {
                    cov[i][j] += ci * (v[j] - mean[j]) / (vectors.size() - 1);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                cov[i][j] = cov[j][i];
            }
        }
        double[][] axes = new double[2][];
        double[] variances = new double[2];
        Random random = new Random(7);
        for (int a = 0; a < 2; a++) {
            double[] x = new double[d];
            for (int k = 0; k < d; k++) {
                x[k] = random.nextGaussian();
            }
            double lambda = 0;
            for (int it = 0; it < ITERATIONS; it++) {
                double[] y = multiply(cov, x);
                if (a == 1) {
                    // deflate: stay orthogonal to the first axis
                    double dot = dot(y, axes[0]);
                    for (int k = 0; k < d; k++) {
                        y[k] -= dot * axes[0][k];
                    }
                }
                double norm = Math.sqrt(dot(y, y));
                if (norm == 0) {
                    break;
                }
                for (int k = 0; k < d; k++) {
                    x[k] = y[k] / norm;
                }
                lambda = norm;
            }
            axes[a] = x;
            variances[a] = lambda;
        }
        return new PrincipalPlane(mean, axes, variances);
    }

    /** The 2D coordinates of a vector in the plane. */
    public double[] project(double[] v) {
        double[] c = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            c[k] = v[k] - mean[k];
        }
        return new double[] {dot(c, axes[0]), dot(c, axes[1])};
    }

    /** The variance along the first and the second axis. */
    public double[] variances() {
        return variances.clone();
    }

    /** The two unit axes. */
    public double[][] axes() {
        return new double[][] {axes[0].clone(), axes[1].clone()};
    }

    private static double[] multiply(double[][] m, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < m.length; i++) {
            y[i] = dot(m[i], x);
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
