package org.matdesign.predictors.cgcnn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.matdesign.core.Neighbor;
import org.matdesign.core.Structure;

/**
 * The periodic neighbour graph of one crystal: for every atom its {@link CgcnnConfig#neighbours} nearest periodic
 * neighbours within the cutoff (core's neighbour list), padded with masked self-edges, and the Gaussian expansion of
 * each edge length.
 */
record CrystalGraph(int[] elements, int[] neighbours, float[] mask, float[] gaussians) {

    static CrystalGraph of(Structure s, CgcnnConfig c) {
        int n = s.size();
        int m = c.neighbours();
        int[] z = new int[n];
        for (int i = 0; i < n; i++) {
            z[i] = s.site(i).element().z();
        }
        List<List<Neighbor>> byAtom = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byAtom.add(new ArrayList<>());
        }
        for (Neighbor nb : s.neighbors(c.cutoff())) {
            byAtom.get(nb.i()).add(nb);
        }
        int[] idx = new int[n * m];
        float[] mask = new float[n * m];
        float[] g = new float[n * m * c.gaussianCount()];
        for (int i = 0; i < n; i++) {
            List<Neighbor> list = byAtom.get(i);
            list.sort(Comparator.comparingDouble(Neighbor::distance));
            for (int k = 0; k < m; k++) {
                int e = i * m + k;
                if (k < list.size()) {
                    idx[e] = list.get(k).j();
                    mask[e] = 1f;
                    c.expand(list.get(k).distance(), g, e * c.gaussianCount());
                } else {
                    idx[e] = i;
                }
            }
        }
        return new CrystalGraph(z, idx, mask, g);
    }

    int atoms() {
        return elements.length;
    }
}
