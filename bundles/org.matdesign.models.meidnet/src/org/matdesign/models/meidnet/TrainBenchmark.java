package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;

import org.matdesign.ml.Adam;
import org.matdesign.ml.DjlRuntime;
import org.matdesign.ml.Gradients;
import org.matdesign.ml.Nn;
import org.matdesign.ml.Ops;
import org.matdesign.ml.Parameters;

import java.util.Arrays;
import java.util.Random;

/**
 * The fixed synthetic training benchmark of the issue: B=64 crystals of 20 atoms, hidden 128, 3 EGNN layers (edge
 * MLP 2H+1 -> H -> H, coordinate MLP H -> H -> 1, node MLP 2H -> H -> H with LayerNorm), masked mean pooling,
 * property MLP 2 -> H -> H, loss = symmetric InfoNCE (tau 0.1) + coordinate MSE from a latent decoder
 * (H -> 2H -> N*3), Adam. Reports crystals per second from the median step time after the warm-up steps.
 */
public final class TrainBenchmark {

    public static final int BATCH = 64;
    public static final int ATOMS = 20;
    public static final int HIDDEN = 128;
    public static final int LAYERS = 3;
    public static final int TYPES = 16;

    public record Result(double crystalsPerSecond, double medianStepMs, int threads, int warmupSteps, int steps) {
    }

    private TrainBenchmark() {
    }

    public static Result run(int warmup, int steps) {
        try (NDManager manager = DjlRuntime.newManager()) {
            Parameters p = new Parameters(manager, 7);
            int h = HIDDEN;
            Nn.defineLinear(p, "embed", TYPES, h);
            for (int l = 0; l < LAYERS; l++) {
                // the edge MLP's first layer on [h_i, h_j, d2] (2H+1 inputs), split by input block
                float bound = (float) (1.0 / Math.sqrt(2 * h + 1));
                p.uniform("e" + l + ".wi", new long[] {h, h}, bound);
                p.uniform("e" + l + ".wj", new long[] {h, h}, bound);
                p.uniform("e" + l + ".wd", new long[] {1, h}, bound);
                p.uniform("e" + l + ".b", new long[] {h}, bound);
                Nn.defineLinear(p, "e" + l + ".edge2", h, h);
                Nn.defineMlp(p, "e" + l + ".coord", h, h, 1);
                Nn.defineMlp(p, "e" + l + ".node", 2 * h, h, h);
                Nn.defineLayerNorm(p, "e" + l + ".norm", h);
            }
            Nn.defineMlp(p, "readout", h, h, h);
            Nn.defineMlp(p, "prop", 2, h, h);
            Nn.defineMlp(p, "dec", h, 2 * h, ATOMS * 3);
            Adam adam = new Adam(p);
            Random random = new Random(11);
            float[] types = new float[BATCH * ATOMS * TYPES];
            float[] coords = new float[BATCH * ATOMS * 3];
            float[] props = new float[BATCH * 2];
            for (int i = 0; i < BATCH * ATOMS; i++) {
                types[i * TYPES + random.nextInt(TYPES)] = 1f;
            }
            for (int i = 0; i < coords.length; i++) {
                coords[i] = (float) (random.nextDouble() * 8);
            }
            for (int i = 0; i < props.length; i++) {
                props[i] = (float) random.nextGaussian();
            }
            NDArray t = manager.create(types, new Shape(BATCH, ATOMS, TYPES));
            NDArray x = manager.create(coords, new Shape(BATCH, ATOMS, 3));
            NDArray y = manager.create(props, new Shape(BATCH, 2));
            NDArray mask = manager.ones(new Shape(BATCH, ATOMS));
            double[] times = new double[steps];
            for (int s = 0; s < warmup + steps; s++) {
                long start = System.nanoTime();
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    Gradients.collect(gc -> {
                        gc.backward(loss(p, t, x, y, mask));
                        return null;
                    });
                }
                adam.update(1e-3f, 0f);
                if (s >= warmup) {
                    times[s - warmup] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            double median = steps % 2 == 1 ? times[steps / 2] : (times[steps / 2 - 1] + times[steps / 2]) / 2;
            return new Result(BATCH / (median / 1000.0), median, DjlRuntime.threads(), warmup, steps);
        }
    }

    private static NDArray loss(Parameters p, NDArray types, NDArray x, NDArray y, NDArray mask) {
        NDManager m = x.getManager();
        NDArray eye = m.eye(ATOMS).reshape(1, ATOMS, ATOMS);
        NDArray pairMask = mask.expandDims(2).mul(mask.expandDims(1)).mul(Ops.oneMinus(eye)).expandDims(3);
        NDArray norm = Ops.maximum(pairMask.sum(new int[] {2}), 1f);
        NDArray h = Nn.linear(p, "embed", types);
        NDArray pos = x;
        for (int l = 0; l < LAYERS; l++) {
            String e = "e" + l;
            NDArray diff = pos.expandDims(2).sub(pos.expandDims(1));
            NDArray d2 = Ops.mul(diff.square().sum(new int[] {3}, true), 0.01f);
            NDArray pre = h.matMul(p.get(e + ".wi")).expandDims(2).add(h.matMul(p.get(e + ".wj")).expandDims(1))
                    .add(d2.matMul(p.get(e + ".wd"))).add(p.get(e + ".b"));
            NDArray msg = Nn.silu(Nn.linear(p, e + ".edge2", Nn.silu(pre))).mul(pairMask);
            NDArray w = Nn.mlp(p, e + ".coord", 2, msg).tanh();
            pos = pos.add(diff.mul(w).mul(pairMask).sum(new int[] {2}).div(norm));
            NDArray agg = msg.sum(new int[] {2}).div(norm);
            h = Nn.layerNorm(p, e + ".norm", h.add(Nn.mlp(p, e + ".node", 2, h.concat(agg, 2))));
        }
        NDArray pooled = h.mul(mask.expandDims(2)).sum(new int[] {1}).div(mask.sum(new int[] {1}, true));
        NDArray zs = Nn.normalize(Nn.mlp(p, "readout", 2, pooled));
        NDArray zp = Nn.normalize(Nn.mlp(p, "prop", 2, y));
        NDArray recon = Nn.mlp(p, "dec", 2, zs).reshape(x.getShape());
        return Losses.infoNce(zs, zp, 0.1).add(Losses.mse(recon, Ops.div(x, 8f)));
    }
}
