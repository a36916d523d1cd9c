package org.matdesign.predictors.cgcnn;

import java.util.List;

import org.matdesign.ml.Nn;
import org.matdesign.ml.Ops;
import org.matdesign.ml.Parameters;
import org.matdesign.ml.Tensors;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * One CGCNN member (Xie and Grossman 2018), functional over {@link Parameters}: element embedding, gated
 * convolutions {@code h_i += LN(sum_j sigmoid(z_ij W_f) * softplus(z_ij W_c))} with
 * {@code z_ij = [h_i, h_j, gauss(d_ij)]}, then softplus; mean pooling over atoms; an MLP head with one output per
 * property (normalised targets).
 */
final class CgcnnNetwork {

    private final CgcnnConfig config;
    private final int vocabulary;
    private final int outputs;

    CgcnnNetwork(CgcnnConfig config, int vocabulary, int outputs) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.outputs = outputs;
    }

    void define(Parameters p) {
        int f = config.atomFeatures();
        int g = config.gaussianCount();
        p.uniform("embed", new long[] {vocabulary, f}, 1f);
        for (int l = 0; l < config.convolutions(); l++) {
            for (String part : new String[] {"filter", "core"}) {
                String pre = "conv" + l + "." + part;
                p.weight(pre + ".self", f, f);
                p.weight(pre + ".nbr", f, f);
                p.weight(pre + ".edge", g, f);
                p.bias(pre + ".b", 2 * f + g, f);
            }
            Nn.defineLayerNorm(p, "conv" + l + ".norm", f);
        }
        Nn.defineLinear(p, "head.0", f, config.hidden());
        Nn.defineLinear(p, "head.1", config.hidden(), outputs);
    }

    /** Tensors of a batch of graphs (in the manager of the current scope). */
    record Batch(NDArray onehot, NDArray neighbours, NDArray mask, NDArray edges, NDArray pool, int atoms) {
    }

    Batch batch(NDManager manager, List<CrystalGraph> graphs, int[] vocabIndex) {
        int atoms = 0;
        for (CrystalGraph c : graphs) {
            atoms += c.atoms();
        }
        int m = config.neighbours();
        int gc = config.gaussianCount();
        float[] onehot = new float[atoms * vocabulary];
        long[] nbr = new long[atoms * m];
        float[] mask = new float[atoms * m];
        float[] edges = new float[atoms * m * gc];
        float[] pool = new float[graphs.size() * atoms];
        int offset = 0;
        for (int b = 0; b < graphs.size(); b++) {
            CrystalGraph c = graphs.get(b);
            int n = c.atoms();
            for (int i = 0; i < n; i++) {
                onehot[(offset + i) * vocabulary + vocabIndex[c.elements()[i]]] = 1f;
                pool[b * atoms + offset + i] = 1f / n;
            }
            for (int e = 0; e < n * m; e++) {
                nbr[offset * m + e] = offset + c.neighbours()[e];
                mask[offset * m + e] = c.mask()[e];
            }
            System.arraycopy(c.gaussians(), 0, edges, offset * m * gc, n * m * gc);
            offset += n;
        }
        return new Batch(Tensors.floats(manager, onehot, new Shape(atoms, vocabulary)),
                Tensors.longs(manager, nbr, new Shape(atoms * m)),
                Tensors.floats(manager, mask, new Shape(atoms, m, 1)),
                Tensors.floats(manager, edges, new Shape(atoms, m, gc)),
                Tensors.floats(manager, pool, new Shape(graphs.size(), atoms)), atoms);
    }

    /** [B, outputs] normalised predictions. */
    NDArray forward(Parameters p, Batch b) {
        int f = config.atomFeatures();
        int m = config.neighbours();
        NDArray h = b.onehot().matMul(p.get("embed"));
        for (int l = 0; l < config.convolutions(); l++) {
            NDArray hj = h.get(new NDIndex("{}", b.neighbours())).reshape(b.atoms(), m, f);
            NDArray filter = gate(p, "conv" + l + ".filter", h, hj, b.edges());
            NDArray core = gate(p, "conv" + l + ".core", h, hj, b.edges());
            NDArray msg = Activation.sigmoid(filter).mul(softplus(core)).mul(b.mask()).sum(new int[] {1});
            h = softplus(h.add(Nn.layerNorm(p, "conv" + l + ".norm", msg)));
        }
        NDArray crystal = softplus(b.pool().matMul(h));
        NDArray hidden = softplus(Nn.linear(p, "head.0", crystal));
        return Nn.linear(p, "head.1", hidden);
    }

    private static NDArray gate(Parameters p, String pre, NDArray h, NDArray hj, NDArray edges) {
        NDArray self = h.matMul(p.get(pre + ".self")).expandDims(1);
        return hj.matMul(p.get(pre + ".nbr")).add(edges.matMul(p.get(pre + ".edge"))).add(self).add(p.get(pre + ".b"));
    }

    /** log(1 + exp(x)) computed as max(x, 0) + log(1 + exp(-|x|)). */
    static NDArray softplus(NDArray x) {
        return Ops.maximum(x, 0f).add(Ops.add(x.abs().neg().exp(), 1f).log());
    }
}
