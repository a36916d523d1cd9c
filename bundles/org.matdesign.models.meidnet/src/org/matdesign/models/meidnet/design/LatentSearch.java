package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.matdesign.ml.Gradients;
import org.matdesign.ml.Ops;
import org.matdesign.models.meidnet.Decoded;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.MeidnetNetwork;

/**
 * Solves paper eq. 7 for many latents at once: z* = argmin L_target(z) + lambda L_physical(z) over the unit sphere,
 * by Adam on each latent (its own moments), re-projecting onto the sphere after every step. The model is frozen; only
 * the latents move. Latents are independent: the batch only shares the matrix products. Deterministic for given
 * starts. A latent given a trust region ({@link #withinCaps}) is also kept inside its geodesic cap after every step.
 */
public final class LatentSearch {

    /** Called after every step of every batch with the steps done and the steps in total. */
    public interface Listener {
        void progress(long done, long total);
    }

    /**
     * @param latents          best latent visited per start (unit norm)
     * @param initialObjective objective at the starts
     * @param objective        objective at those latents
     * @param targetLoss       L_target at those latents
     * @param physicalLoss     L_physical at those latents (without lambda)
     * @param predicted        property decoder output at those latents, physical units, model property order
     */
    public record Result(float[][] latents, double[] initialObjective, double[] objective, double[] targetLoss,
            double[] physicalLoss, double[][] predicted) {
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final MeidnetModel model;
    private final SearchSettings settings;
    private final PhysicalPenalty penalty;
    private float[] anchors;
    private int anchorCount;
    private double lambdaManifold;
    private float[][] capCenters;
    private double[] capRadii;

    public LatentSearch(MeidnetModel model, SearchSettings settings) {
        this.model = model;
        this.settings = settings;
        this.penalty = new PhysicalPenalty(model.config(), settings.penalties());
    }

    /**
     * Adds {@code lambda} x (1 - the cosine to the nearest anchor) to the objective: a pull towards the encoded
     * training crystals, where the decoder and the property head were trained (0 or no anchors: off).
     *
     * @param latents unit latents of known crystals
     */
    public LatentSearch nearManifold(float[][] latents, double lambda) {
        int dim = model.config().latent();
        anchorCount = latents.length;
        anchors = new float[anchorCount * dim];
        for (int i = 0; i < anchorCount; i++) {
            System.arraycopy(latents[i], 0, anchors, i * dim, dim);
        }
        lambdaManifold = lambda;
        return this;
    }

    /**
     * Keeps latent {@code i} within {@code radii[i]} radians of the unit vector {@code centers[i]} (a null center: free).
     * A design from a seed searches near the seed's latent this way.
     */
    public LatentSearch withinCaps(float[][] centers, double[] radii) {
        if (centers.length != radii.length) {
            throw new IllegalArgumentException(centers.length + " cap centers but " + radii.length + " radii");
        }
        capCenters = centers.clone();
        capRadii = radii.clone();
        return this;
    }

    private void keepInCap(float[][] z, int i) {
        if (capCenters != null && i < capCenters.length && capCenters[i] != null) {
            LatentSampler.intoCap(z[i], capCenters[i], capRadii[i]);
        }
    }

    /**
     * @param starts    starting latents (projected onto the sphere first)
     * @param targets   physical target value per property name
     * @param listener  progress (may be null)
     * @param cancelled polled every step; when it says true the search stops with a {@link CancellationException}
     */
    public Result run(float[][] starts, Map<String, Double> targets, Listener listener, BooleanSupplier cancelled) {
        TargetLoss targetLoss = new TargetLoss(model.config(), targets);
        model.setTrainable(false);
        int n = starts.length;
        int dim = model.config().latent();
        float[][] z = new float[n][];
        for (int i = 0; i < n; i++) {
            if (starts[i].length != dim) {
                throw new IllegalArgumentException("start " + i + " has " + starts[i].length + " values; the latent has "
                        + dim);
            }
            z[i] = starts[i].clone();
            LatentSampler.project(z[i]);
            keepInCap(z, i);
        }
        double[] initial = new double[n];
        double[] objective = new double[n];
        double[] lt = new double[n];
        double[] lp = new double[n];
        float[][] best = new float[n][];
        Arrays.fill(objective, Double.POSITIVE_INFINITY);
        long total = (long) Math.max(1, settings.steps()) * ((n + settings.batchSize() - 1) / settings.batchSize());
        long done = 0;
        for (int from = 0; from < n; from += settings.batchSize()) {
            int to = Math.min(n, from + settings.batchSize());
            int size = to - from;
            double[][] m = new double[size][dim];
            double[][] v = new double[size][dim];
            for (int step = 0; step <= settings.steps(); step++) {
                if (cancelled != null && cancelled.getAsBoolean()) {
                    throw new CancellationException("latent search cancelled");
                }
                boolean last = step == settings.steps();
                Evaluation e = evaluate(z, from, size, dim, targetLoss, !last);
                if (step == 0) {
                    System.arraycopy(e.objective, 0, initial, from, size);
                }
                keepBest(e, z, from, size, best, objective, lt, lp);
                if (last) {
                    break;
                }
                adamStep(z, from, size, dim, e.gradient, m, v, step + 1);
                done++;
                if (listener != null) {
                    listener.progress(done, total);
                }
            }
        }
        return new Result(best, initial, objective, lt, lp, predict(best));
    }

    /**
     * Keeps, per latent, the best point visited: Adam steps on the sphere can overshoot late in a search, and a
     * design wants the best latent found, not the last one.
     */
    private static void keepBest(Evaluation e, float[][] z, int from, int size, float[][] best, double[] objective,
            double[] lt, double[] lp) {
        for (int i = 0; i < size; i++) {
            if (e.objective[i] < objective[from + i] || best[from + i] == null) {
                best[from + i] = z[from + i].clone();
                objective[from + i] = e.objective[i];
                lt[from + i] = e.target[i];
                lp[from + i] = e.physical[i];
            }
        }
    }

    private record Evaluation(double[] objective, double[] target, double[] physical, float[] gradient) {
    }

    private Evaluation evaluate(float[][] z, int from, int size, int dim, TargetLoss targetLoss, boolean withGradient) {
        float[] flat = new float[size * dim];
        for (int i = 0; i < size; i++) {
            System.arraycopy(z[from + i], 0, flat, i * dim, dim);
        }
        try (NDManager sub = model.manager().newSubManager(); NDScope scope = new NDScope()) {
            NDArray latent = sub.create(flat, new Shape(size, dim));
            latent.setRequiresGradient(withGradient);
            double[] obj = new double[size];
            double[] tl = new double[size];
            double[] pl = new double[size];
            float[] gradient = null;
            if (withGradient) {
                Gradients.collect(collector -> {
                    NDArray[] parts = objective(latent, targetLoss);
                    collector.backward(parts[0].sum());
                    copy(parts, obj, tl, pl);
                    return parts;
                });
                gradient = latent.getGradient().toFloatArray();
            } else {
                copy(objective(latent, targetLoss), obj, tl, pl);
            }
            return new Evaluation(obj, tl, pl, gradient);
        }
    }

    private NDArray[] objective(NDArray latent, TargetLoss targetLoss) {
        NDArray target = targetLoss.compute(model, latent);
        MeidnetNetwork.DecodedCell cell = model.network().decodeCell(latent);
        Decoded decoded = model.network().decodeSlots(cell, penalty.activeSlots(cell.countLogits()));
        NDArray physical = penalty.compute(decoded).total();
        NDArray total = target.add(Ops.mul(physical, (float) settings.lambdaPhysical()));
        if (lambdaManifold > 0 && anchorCount > 0) {
            NDArray known = latent.getManager().create(anchors, new Shape(anchorCount, model.config().latent()));
            NDArray nearest = latent.matMul(known.transpose()).max(new int[] {1});
            total = total.add(Ops.mul(nearest.neg().add(1f), (float) lambdaManifold));
        }
        return new NDArray[] {total, target, physical};
    }

    private static void copy(NDArray[] parts, double[] obj, double[] tl, double[] pl) {
        float[] a = parts[0].toFloatArray();
        float[] b = parts[1].toFloatArray();
        float[] c = parts[2].toFloatArray();
        for (int i = 0; i < a.length; i++) {
            obj[i] = a[i];
            tl[i] = b[i];
            pl[i] = c[i];
        }
    }

    /** Adam (Kingma & Ba) per latent, then back onto the unit sphere. A non-finite gradient skips that latent. */
    private void adamStep(float[][] z, int from, int size, int dim, float[] gradient, double[][] m, double[][] v,
            int t) {
        double lr = settings.learningRate();
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < size; i++) {
            boolean finite = true;
            for (int k = 0; k < dim; k++) {
                if (!Float.isFinite(gradient[i * dim + k])) {
                    finite = false;
                    break;
                }
            }
            if (!finite) {
                continue;
            }
            float[] zi = z[from + i];
            for (int k = 0; k < dim; k++) {
                double g = gradient[i * dim + k];
                m[i][k] = BETA1 * m[i][k] + (1 - BETA1) * g;
                v[i][k] = BETA2 * v[i][k] + (1 - BETA2) * g * g;
                double mHat = m[i][k] / c1;
                double vHat = v[i][k] / c2;
                zi[k] = (float) (zi[k] - lr * mHat / (Math.sqrt(vHat) + EPS));
            }
            LatentSampler.project(zi);
            keepInCap(z, from + i);
        }
    }

    private double[][] predict(float[][] z) {
        int dim = model.config().latent();
        double[][] out = new double[z.length][];
        for (int from = 0; from < z.length; from += settings.batchSize()) {
            int size = Math.min(settings.batchSize(), z.length - from);
            float[] flat = new float[size * dim];
            for (int i = 0; i < size; i++) {
                System.arraycopy(z[from + i], 0, flat, i * dim, dim);
            }
            try (NDManager sub = model.manager().newSubManager(); NDScope scope = new NDScope()) {
                double[][] p = model.toPhysical(model.predictProperties(sub.create(flat, new Shape(size, dim))));
                System.arraycopy(p, 0, out, from, size);
            }
        }
        return out;
    }
}
