package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.matdesign.ml.Nn;
import org.matdesign.ml.Ops;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.Tensors;

/**
 * The MEIDNet network in functional form over {@link Parameters}:
 * <ul>
 * <li>periodic EGNN crystal encoder (eqs. 1-4): species embedding, then {@code egnnLayers} layers of
 * m_ij = phi_e(h_i, h_j, d2_ij, rbf(d_ij)), coordinate update f_i += C sum_j df_ij phi_x(m_ij), node update
 * h_i += phi_h(h_i, mean_j m_ij) with LayerNorm; squared distances use the lattice metric G = L L^T on the
 * minimum-image fractional displacement among the 27 neighbouring images, never fractional coordinates as
 * Cartesian ones; masked mean pooling plus invariant lattice features (ln a, ln b, ln c, cos of the angles from G);</li>
 * <li>property encoder MLP over normalised properties;</li>
 * <li>heads to the unit-sphere latent (one per modality for late fusion, one shared for early fusion);</li>
 * <li>structure decoder z -> lattice, atom count, per-slot species, fractional coordinates, occupation and
 * adjacency; property decoder z -> normalised properties.</li>
 * </ul>
 * Every output is a differentiable NDArray; nothing ever receives ground-truth coordinates.
 */
public final class MeidnetNetwork {

    private final ModelConfig config;
    private final Parameters params;

    public MeidnetNetwork(ModelConfig config, Parameters params) {
        this.config = config;
        this.params = params;
        define();
    }

    public ModelConfig config() {
        return config;
    }

    public Parameters parameters() {
        return params;
    }

    private void define() {
        int h = config.hidden();
        int e = config.elementCount();
        int k = config.rbfCount();
        Nn.defineLinear(params, "enc.embed", e, h);
        for (int l = 0; l < config.egnnLayers(); l++) {
            String p = "enc.egnn" + l;
            // first edge layer split as h_i W_i + h_j W_j + [d2, rbf] W_d: same maths as concat then matmul
            float bound = (float) (1.0 / Math.sqrt(2 * h + 1 + k));
            params.uniform(p + ".edge.wi", new long[] {h, h}, bound);
            params.uniform(p + ".edge.wj", new long[] {h, h}, bound);
            params.uniform(p + ".edge.wd", new long[] {1 + k, h}, bound);
            params.uniform(p + ".edge.b", new long[] {h}, bound);
            Nn.defineLinear(params, p + ".edge2", h, h);
            Nn.defineMlp(params, p + ".coord", h, h, 1);
            Nn.defineMlp(params, p + ".node", 2 * h, h, h);
            Nn.defineLayerNorm(params, p + ".norm", h);
        }
        Nn.defineMlp(params, "enc.lattice", 6, h, h);
        Nn.defineMlp(params, "enc.readout", 2 * h, h, h);
        Nn.defineMlp(params, "prop.enc", config.propertyCount(), h, h);
        if (config.fusion().sharedHead()) {
            Nn.defineMlp(params, "head.shared", h, h, config.latent());
        } else {
            Nn.defineMlp(params, "head.structure", h, h, config.latent());
            Nn.defineMlp(params, "head.property", h, h, config.latent());
        }
        int d = config.decoderHidden();
        int m = config.maxAtoms();
        int s = config.slotHidden();
        Nn.defineMlp(params, "dec.trunk", config.latent(), d, d);
        Nn.defineLinear(params, "dec.lattice", d, 6);
        Nn.defineLinear(params, "dec.count", d, m);
        Nn.defineLinear(params, "dec.slots", d, m * s);
        params.uniform("dec.slotEmbed", new long[] {m, s}, 0.1f);
        Nn.defineMlp(params, "dec.slotMlp", s, s, s);
        Nn.defineLinear(params, "dec.species", s, e);
        Nn.defineLinear(params, "dec.frac", s, 3);
        Nn.defineLinear(params, "dec.mask", s, 1);
        Nn.defineLinear(params, "dec.adj", s, s);
        params.constant("dec.adjBias", new long[] {1}, 0f);
        Nn.defineMlp(params, "prop.dec", config.latent(), h, config.propertyCount());
    }

    // ---------------------------------------------------------------- encoders

    /** Structure features f_s [B,H] before the head. */
    public NDArray structureFeatures(EncoderInput in) {
        NDArray mask = in.mask();
        long b = mask.getShape().get(0);
        long n = mask.getShape().get(1);
        NDManager manager = mask.getManager();
        NDArray metric = in.lattice().batchMatMul(in.lattice().transpose(0, 2, 1)); // G = L L^T [B,3,3]
        NDArray eye = manager.eye((int) n).reshape(1, n, n);
        NDArray pairMask = mask.expandDims(2).mul(mask.expandDims(1)).mul(Ops.oneMinus(eye)).expandDims(3); // [B,N,N,1]
        NDArray neighbours = Ops.maximum(pairMask.sum(new int[] {2}), 1f); // [B,N,1]
        NDArray h = Nn.linear(params, "enc.embed", in.species());
        NDArray frac = in.frac();
        NDArray images = imageOffsets(manager); // [27,3]
        for (int l = 0; l < config.egnnLayers(); l++) {
            String p = "enc.egnn" + l;
            NDArray[] geo = minimumImage(frac, metric, images, b, n); // df [B,N,N,3], d2 [B,N,N,1]
            NDArray df = geo[0];
            NDArray d2 = geo[1];
            NDArray edgeAttr = Ops.div(d2, 10f).concat(rbf(d2), 3); // [B,N,N,1+K]
            NDArray pre = h.matMul(params.get(p + ".edge.wi")).expandDims(2)
                    .add(h.matMul(params.get(p + ".edge.wj")).expandDims(1))
                    .add(edgeAttr.matMul(params.get(p + ".edge.wd")))
                    .add(params.get(p + ".edge.b"));
            NDArray msg = Nn.silu(Nn.linear(params, p + ".edge2", Nn.silu(pre))).mul(pairMask); // [B,N,N,H]
            NDArray weight = Nn.mlp(params, p + ".coord", 2, msg).tanh().mul(pairMask); // [B,N,N,1]
            // eq. 3 in fractional form: df is the minimum-image displacement, so this is L^-1 of the Cartesian update
            frac = frac.add(df.mul(weight).sum(new int[] {2}).div(neighbours));
            NDArray agg = msg.sum(new int[] {2}).div(neighbours); // [B,N,H]
            NDArray update = Nn.mlp(params, p + ".node", 2, h.concat(agg, 2));
            h = Nn.layerNorm(params, p + ".norm", h.add(update)).mul(mask.expandDims(2));
        }
        NDArray count = Ops.maximum(mask.sum(new int[] {1}, true), 1f); // [B,1]
        NDArray pooled = h.sum(new int[] {1}).div(count); // eq. 4, masked mean [B,H]
        NDArray lat = Nn.silu(Nn.mlp(params, "enc.lattice", 2, latticeFeatures(metric)));
        return Nn.mlp(params, "enc.readout", 2, pooled.concat(lat, 1));
    }

    /** Property features f_p [B,H] from normalised properties [B,P]. */
    public NDArray propertyFeatures(NDArray normalizedProperties) {
        return Nn.mlp(params, "prop.enc", 2, normalizedProperties);
    }

    /** z_s on the unit sphere [B,D]. */
    public NDArray structureLatent(NDArray features) {
        return Nn.normalize(Nn.mlp(params, config.fusion().sharedHead() ? "head.shared" : "head.structure", 2, features));
    }

    /** z_p on the unit sphere [B,D]. */
    public NDArray propertyLatent(NDArray features) {
        return Nn.normalize(Nn.mlp(params, config.fusion().sharedHead() ? "head.shared" : "head.property", 2, features));
    }

    /** Early fusion's joint latent: modality features summed before the shared head. */
    public NDArray jointLatent(NDArray structureFeatures, NDArray propertyFeatures) {
        if (!config.fusion().sharedHead()) {
            throw new IllegalStateException("late fusion has no joint latent");
        }
        return Nn.normalize(Nn.mlp(params, "head.shared", 2, structureFeatures.add(propertyFeatures)));
    }

    // ---------------------------------------------------------------- decoders

    public Decoded decode(NDArray z) {
        return decodeSlots(decodeCell(z), config.maxAtoms());
    }

    /**
     * The decoder's shared trunk with the per-crystal heads (lattice, atom count) [B,...]: enough to tell how many
     * slots can hold atoms before paying for the per-slot heads.
     */
    public record DecodedCell(NDArray trunk, NDArray lattice, NDArray countLogits) {
    }

    public DecodedCell decodeCell(NDArray z) {
        NDArray t = Nn.silu(Nn.mlp(params, "dec.trunk", 2, z));
        return new DecodedCell(t, Nn.linear(params, "dec.lattice", t), Nn.linear(params, "dec.count", t));
    }

    /**
     * The per-slot heads for the first {@code slots} slots only (all M for a full decoding). Slot i reads columns
     * [i*S, (i+1)*S) of the slot projection, so the first K slots are exactly those of a full decoding; the latent
     * search asks only for the slots that can be occupied, which for Perov-5 is 5 of 24.
     */
    public Decoded decodeSlots(DecodedCell cell, int slots) {
        int m = config.maxAtoms();
        if (slots < 1 || slots > m) {
            throw new IllegalArgumentException("slots must be in 1.." + m + ", got " + slots);
        }
        int s = config.slotHidden();
        long b = cell.trunk().getShape().get(0);
        NDArray w = params.get("dec.slots.w");
        NDArray bias = params.get("dec.slots.b");
        NDArray embed = params.get("dec.slotEmbed");
        if (slots < m) {
            w = w.get(":, 0:" + (slots * s));
            bias = bias.get("0:" + (slots * s));
            embed = embed.get("0:" + slots);
        }
        NDArray slotFeatures = cell.trunk().matMul(w).add(bias).reshape(b, slots, s).add(embed);
        slotFeatures = Nn.silu(slotFeatures);
        slotFeatures = slotFeatures.add(Nn.mlp(params, "dec.slotMlp", 2, slotFeatures));
        NDArray species = Nn.linear(params, "dec.species", slotFeatures);
        NDArray frac = Nn.linear(params, "dec.frac", slotFeatures);
        NDArray mask = Nn.linear(params, "dec.mask", slotFeatures).squeeze(2);
        NDArray a = Nn.linear(params, "dec.adj", slotFeatures);
        NDArray adjacency = Ops.div(a.batchMatMul(a.transpose(0, 2, 1)), (float) Math.sqrt(s))
                .add(params.get("dec.adjBias"));
        return new Decoded(cell.lattice(), cell.countLogits(), species, frac, adjacency, mask);
    }

    /** Normalised property prediction [B,P]. */
    public NDArray predictProperties(NDArray z) {
        return Nn.mlp(params, "prop.dec", 2, z);
    }

    // ---------------------------------------------------------------- geometry

    private static NDArray imageOffsets(NDManager manager) {
        float[] offsets = new float[27 * 3];
        int i = 0;
        for (int x = -1; x <= 1; x++) {
            for (int y = -1; y <= 1; y++) {
                for (int z = -1; z <= 1; z++) {
                    offsets[i++] = x;
                    offsets[i++] = y;
                    offsets[i++] = z;
                }
            }
        }
        return Tensors.floats(manager, offsets, new Shape(27, 3));
    }

    /**
     * Minimum-image displacement df_ij = f_j - f_i + n* (fractional) and its squared length d2 = df G df^T, with n*
     * the image among the 27 neighbours of the wrapped displacement that minimises the Cartesian length. Exact
     * for reduced cells; the choice of image is piecewise constant, so gradients flow through df and d2.
     */
    static NDArray[] minimumImage(NDArray frac, NDArray metric, NDArray images, long b, long n) {
        NDArray diff = frac.expandDims(1).sub(frac.expandDims(2)); // [B,N,N,3] = f_j - f_i
        diff = diff.sub(diff.round().stopGradient());
        NDArray cand = diff.expandDims(3).add(images); // [B,N,N,27,3]
        NDArray flat = cand.reshape(b, n * n * 27, 3);
        NDArray d2all = flat.batchMatMul(metric).mul(flat).sum(new int[] {2}).reshape(b, n, n, 27);
        NDArray pick = d2all.argMin(3).oneHot(27).stopGradient(); // [B,N,N,27]
        NDArray d2 = d2all.mul(pick).sum(new int[] {3}, true); // [B,N,N,1]
        NDArray df = cand.mul(pick.expandDims(4)).sum(new int[] {3}); // [B,N,N,3]
        return new NDArray[] {df, d2};
    }

    /** Gaussian radial basis of the distance, centres spread over [0, rbfMaxDistance]. */
    private NDArray rbf(NDArray d2) {
        int k = config.rbfCount();
        double max = config.rbfMaxDistance();
        float[] centres = new float[k];
        for (int i = 0; i < k; i++) {
            centres[i] = (float) (max * i / Math.max(1, k - 1));
        }
        float width = (float) (max / Math.max(1, k - 1));
        NDArray d = Ops.add(d2, 1e-6f).sqrt(); // [B,N,N,1]
        NDArray c = Tensors.floats(d2.getManager(), centres, new Shape(k));
        return Ops.mul(Ops.div(d.sub(c), width).square(), -0.5f).exp();
    }

    /** Rotation-invariant lattice description from the metric: ln a, ln b, ln c, cos alpha, cos beta, cos gamma. */
    private static NDArray latticeFeatures(NDArray metric) {
        NDArray g00 = metric.get(":, 0, 0");
        NDArray g11 = metric.get(":, 1, 1");
        NDArray g22 = metric.get(":, 2, 2");
        NDArray a = Ops.add(g00, 1e-8f).sqrt();
        NDArray bb = Ops.add(g11, 1e-8f).sqrt();
        NDArray c = Ops.add(g22, 1e-8f).sqrt();
        NDArray cosAlpha = metric.get(":, 1, 2").div(bb.mul(c));
        NDArray cosBeta = metric.get(":, 0, 2").div(a.mul(c));
        NDArray cosGamma = metric.get(":, 0, 1").div(a.mul(bb));
        return NDArrays.stack(new ai.djl.ndarray.NDList(a.log(), bb.log(), c.log(), cosAlpha, cosBeta, cosGamma), 1);
    }

    /** Soft one-hot species [B,N,E] from indices [B,N] (padding rows may hold any index; the mask hides them). */
    public static NDArray oneHot(NDArray speciesIndex, int elements) {
        return speciesIndex.oneHot(elements, DataType.FLOAT32);
    }
}
