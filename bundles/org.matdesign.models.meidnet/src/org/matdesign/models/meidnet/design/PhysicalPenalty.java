package org.matdesign.models.meidnet.design;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.matdesign.ml.Ops;
import org.matdesign.models.meidnet.Decoded;
import org.matdesign.models.meidnet.LatticeNorm;
import org.matdesign.models.meidnet.ModelConfig;

/**
 * L_physical of paper eq. 7 as differentiable functions of the decoder output (per latent, shape [B]):
 * <ul>
 * <li><b>distance</b>: sum over atom pairs of occ_i occ_j relu(d_min - d_ij)^2 with d_ij the minimum-image distance
 * in the decoded lattice's metric (27 images), plus relu(d_min - shortest lattice vector)^2 for an atom and its own
 * images;</li>
 * <li><b>charge</b>: with Q_min / Q_max the expected sums of the lowest / highest common oxidation state of each
 * slot's species distribution (weighted by occupancy), relu(Q_min)^2 + relu(-Q_max)^2: zero exactly when some choice of
 * common states can be neutral; for single-state elements it is the squared expected oxidation-state sum;</li>
 * <li><b>volume</b>: volume per expected atom outside [min, max] in log space, squared;</li>
 * <li><b>perovskite</b> (gated by the probability that the cell holds 5 atoms): Goldschmidt tolerance
 * t = (r_A + r_X) / (sqrt2 (r_B + r_X)) outside the window of the expected anion family, and octahedral factor
 * r_B / r_X outside its window, squared; radii are expectations under the species distributions; the three most
 * anionic of the first five slots are X, the larger remaining cation is A (a piecewise-constant choice, gradients
 * flow through the radii).</li>
 * </ul>
 * Slot occupancy is P(count > i) from the decoder's atom-count distribution, which is how the argmax decoding of
 * {@code MeidnetModel.toStructures} decides which slots become atoms.
 */
public final class PhysicalPenalty {

    private static final float SQRT2 = (float) Math.sqrt(2);

    private final ModelConfig config;
    private final PenaltySettings settings;
    private final float[] qMin;
    private final float[] qMax;
    private final float[] radius;
    private final float[] anion;
    private final float[] family;

    /** The terms of one evaluation, each [B]; {@code total} is their weighted sum. */
    public record Terms(NDArray total, NDArray distance, NDArray charge, NDArray volume, NDArray perovskite) {
    }

    public PhysicalPenalty(ModelConfig config, PenaltySettings settings) {
        this.config = config;
        this.settings = settings;
        ElementChemistry chem = ElementChemistry.forVocabulary(config.elements());
        this.qMin = chem.minOxidation();
        this.qMax = chem.maxOxidation();
        this.radius = chem.radius();
        this.anion = chem.anion();
        this.family = chem.familyOneHot();
    }

    public PenaltySettings settings() {
        return settings;
    }

    /** Per-slot occupation probabilities [B,M]: occ_i = P(count >= i + 1). */
    public static NDArray occupancy(NDArray countLogits) {
        NDArray p = countLogits.softmax(1);
        return Ops.maximum(Ops.oneMinus(p.cumSum(1)).add(p), 0f);
    }

    public Terms compute(Decoded d) {
        NDArray occAll = occupancy(d.countLogits());
        long b = occAll.getShape().get(0);
        int m = (int) occAll.getShape().get(1);
        int k = activeSlots(d.countLogits());
        if (k > d.speciesLogits().getShape().get(1)) {
            throw new IllegalArgumentException("the penalty needs " + k + " decoded slots, got "
                    + d.speciesLogits().getShape().get(1));
        }
        NDManager manager = d.lattice().getManager();
        NDArray occ = occAll.get(":, 0:" + k);
        NDArray probs = d.speciesLogits().get(":, 0:" + k + ", :").softmax(2); // [B,K,E]
        NDArray frac = d.frac().get(":, 0:" + k + ", :");
        NDArray[] cell = metric(d.lattice(), b); // G [B,3,3], volume [B]
        NDArray distance = distanceTerm(frac, occ, cell[0], manager, b, k);
        NDArray charge = chargeTerm(probs, occ, manager);
        NDArray volume = volumeTerm(cell[1], occAll);
        NDArray perovskite = m >= 5 && k >= 5 && settings.perovskiteWeight() > 0
                ? perovskiteTerm(d.countLogits().softmax(1).get(":, 4"), probs.get(":, 0:5, :"), manager, b)
                : manager.zeros(new Shape(b));
        NDArray total = Ops.mul(distance, (float) settings.distanceWeight())
                .add(Ops.mul(charge, (float) settings.chargeWeight()))
                .add(Ops.mul(volume, (float) settings.volumeWeight()))
                .add(Ops.mul(perovskite, (float) settings.perovskiteWeight()));
        return new Terms(total, distance, charge, volume, perovskite);
    }

    /**
     * Slots that matter: up to the last one with occupancy above 1e-3 in any latent (at least 5 for ABX3). The
     * caller may decode only these (see {@code MeidnetNetwork.decodeSlots}).
     */
    public int activeSlots(NDArray countLogits) {
        NDArray occ = occupancy(countLogits);
        int m = (int) occ.getShape().get(1);
        float[] values = occ.toFloatArray();
        int last = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 1e-3f) {
                last = Math.max(last, i % m);
            }
        }
        int k = last + 1;
        if (settings.perovskiteWeight() > 0) {
            k = Math.max(k, Math.min(5, m));
        }
        return Math.min(m, k);
    }

    /** Metric tensor G = L L^T [B,3,3] and cell volume [B] from the normalised decoded lattice parameters. */
    private NDArray[] metric(NDArray normalizedLattice, long b) {
        LatticeNorm norm = config.latticeNorm();
        NDArray logLengths = Ops.mul(normalizedLattice.get(":, 0:3"), (float) norm.lengthLogStd());
        NDArray lengths = Ops.add(logLengths, (float) norm.lengthLogMean()).exp();
        NDArray angles = Ops.add(Ops.mul(normalizedLattice.get(":, 3:6"), (float) norm.angleStd()),
                (float) norm.angleMean());
        NDArray cosines = Ops.mul(angles, (float) (Math.PI / 180)).cos();
        NDArray a = lengths.get(":, 0");
        NDArray bb = lengths.get(":, 1");
        NDArray c = lengths.get(":, 2");
        NDArray ca = cosines.get(":, 0");
        NDArray cb = cosines.get(":, 1");
        NDArray cg = cosines.get(":, 2");
        NDArray ab = a.mul(bb).mul(cg);
        NDArray ac = a.mul(c).mul(cb);
        NDArray bc = bb.mul(c).mul(ca);
        NDArray g = NDArrays.stack(new NDList(a.square(), ab, ac, ab, bb.square(), bc, ac, bc, c.square()), 1)
                .reshape(b, 3, 3);
        NDArray squares = ca.square().add(cb.square()).add(cg.square());
        NDArray shape = Ops.maximum(Ops.oneMinus(squares).add(Ops.mul(ca.mul(cb).mul(cg), 2f)), 1e-6f);
        NDArray volume = a.mul(bb).mul(c).mul(shape.sqrt());
        return new NDArray[] {g, volume};
    }

    private NDArray distanceTerm(NDArray frac, NDArray occ, NDArray g, NDManager manager, long b, int k) {
        float dmin = (float) settings.minDistance();
        NDArray images = imageOffsets(manager, true); // [27,3]
        NDArray diff = frac.expandDims(1).sub(frac.expandDims(2)); // [B,K,K,3]
        diff = diff.sub(diff.round().stopGradient());
        // |diff + n|_G^2 = diff.G.diff + 2 diff.G.n + n.G.n for the 27 images n: three [B,K,K,27] terms and one
        // matrix product instead of a [B,K*K*27,3] tensor reduced over its last axis (the search's hot spot)
        NDArray diffG = diff.reshape(b, (long) k * k, 3).batchMatMul(g); // [B,K*K,3]
        NDArray own = diffG.mul(diff.reshape(b, (long) k * k, 3)).sum(new int[] {2}).expandDims(2); // [B,K*K,1]
        NDArray cross = diffG.matMul(images.transpose()); // [B,K*K,27]
        NDArray imageNorms = images.expandDims(0).matMul(g).mul(images.expandDims(0)).sum(new int[] {2})
                .expandDims(1); // [B,1,27]
        NDArray d2 = own.add(Ops.mul(cross, 2f)).add(imageNorms).reshape(b, k, k, 27).min(new int[] {3});
        NDArray dist = Ops.add(Ops.maximum(d2, 0f), 1e-8f).sqrt();
        NDArray offDiagonal = Ops.oneMinus(manager.eye(k));
        NDArray weight = occ.expandDims(2).mul(occ.expandDims(1)).mul(offDiagonal);
        NDArray overlap = Ops.maximum(Ops.add(dist.neg(), dmin), 0f).square().mul(weight);
        NDArray pairs = Ops.div(overlap.sum(new int[] {1, 2}), 2f);
        // an atom and its own periodic images: the shortest non-zero lattice vector
        NDArray nonZero = imageOffsets(manager, false).transpose(); // [3,26]
        NDArray selfD2 = g.matMul(nonZero).mul(nonZero).sum(new int[] {1}).min(new int[] {1});
        NDArray self = Ops.add(Ops.maximum(selfD2, 0f), 1e-8f).sqrt();
        NDArray selfTerm = Ops.maximum(Ops.add(self.neg(), dmin), 0f).square();
        return pairs.add(selfTerm);
    }

    private NDArray chargeTerm(NDArray probs, NDArray occ, NDManager manager) {
        int e = qMin.length;
        NDArray low = probs.matMul(manager.create(qMin, new Shape(e, 1))).squeeze(2).mul(occ).sum(new int[] {1});
        NDArray high = probs.matMul(manager.create(qMax, new Shape(e, 1))).squeeze(2).mul(occ).sum(new int[] {1});
        return Ops.maximum(low, 0f).square().add(Ops.maximum(high.neg(), 0f).square());
    }

    private NDArray volumeTerm(NDArray volume, NDArray occAll) {
        NDArray atoms = Ops.maximum(occAll.sum(new int[] {1}), 0.5f);
        NDArray logV = Ops.maximum(volume.div(atoms), 1e-6f).log();
        float lo = (float) Math.log(settings.minVolumePerAtom());
        float hi = (float) Math.log(settings.maxVolumePerAtom());
        return Ops.maximum(Ops.add(logV.neg(), lo), 0f).square().add(Ops.maximum(Ops.add(logV, -hi), 0f).square());
    }

    private NDArray perovskiteTerm(NDArray gate, NDArray p5, NDManager manager, long b) {
        int e = radius.length;
        int nf = ElementChemistry.FAMILIES.size();
        NDArray w = p5.matMul(manager.create(anion, new Shape(e, 1))).squeeze(2); // [B,5] anion character
        NDArray r = p5.matMul(manager.create(radius, new Shape(e, 1))).squeeze(2); // [B,5] expected radius
        float[][] masks = roles(w.toFloatArray(), r.toFloatArray(), (int) b);
        NDArray xMask = manager.create(masks[0], new Shape(b, 5));
        NDArray aMask = manager.create(masks[1], new Shape(b, 5));
        NDArray bMask = manager.create(masks[2], new Shape(b, 5));
        NDArray rX = Ops.div(r.mul(xMask).sum(new int[] {1}), 3f);
        NDArray rA = r.mul(aMask).sum(new int[] {1});
        NDArray rB = r.mul(bMask).sum(new int[] {1});
        NDArray t = rA.add(rX).div(Ops.maximum(Ops.mul(rB.add(rX), SQRT2), 1e-3f));
        NDArray mu = rB.div(Ops.maximum(rX, 1e-3f));
        NDArray familyWeights = p5.matMul(manager.create(family, new Shape(e, nf))).mul(xMask.expandDims(2));
        NDArray fam = Ops.div(familyWeights.sum(new int[] {1}), 3f); // [B,F]
        float[] los = new float[nf];
        float[] his = new float[nf];
        for (int f = 0; f < nf; f++) {
            los[f] = (float) PenaltySettings.TOLERANCE_WINDOWS[f][0];
            his[f] = (float) PenaltySettings.TOLERANCE_WINDOWS[f][1];
        }
        NDArray other = Ops.oneMinus(fam.sum(new int[] {1}));
        NDArray lo = fam.matMul(manager.create(los, new Shape(nf, 1))).squeeze(1)
                .add(Ops.mul(other, (float) PenaltySettings.GENERIC_TOLERANCE[0]));
        NDArray hi = fam.matMul(manager.create(his, new Shape(nf, 1))).squeeze(1)
                .add(Ops.mul(other, (float) PenaltySettings.GENERIC_TOLERANCE[1]));
        NDArray tTerm = Ops.maximum(lo.sub(t), 0f).square().add(Ops.maximum(t.sub(hi), 0f).square());
        NDArray muTerm = Ops.maximum(Ops.add(mu.neg(), (float) settings.octahedralMin()), 0f).square()
                .add(Ops.maximum(Ops.add(mu, (float) -settings.octahedralMax()), 0f).square());
        return gate.mul(tTerm.add(muTerm));
    }

    /** X = the 3 most anionic of 5 slots; of the other two, A = larger expected radius, B = smaller. */
    static float[][] roles(float[] w, float[] r, int b) {
        float[] x = new float[b * 5];
        float[] a = new float[b * 5];
        float[] bm = new float[b * 5];
        for (int s = 0; s < b; s++) {
            Integer[] order = {0, 1, 2, 3, 4};
            final int base = s * 5;
            java.util.Arrays.sort(order, (i, j) -> Float.compare(w[base + j], w[base + i]));
            for (int q = 0; q < 3; q++) {
                x[base + order[q]] = 1f;
            }
            int c1 = order[3];
            int c2 = order[4];
            int big = r[base + c1] >= r[base + c2] ? c1 : c2;
            int small = big == c1 ? c2 : c1;
            a[base + big] = 1f;
            bm[base + small] = 1f;
        }
        return new float[][] {x, a, bm};
    }

    private static NDArray imageOffsets(NDManager manager, boolean includeZero) {
        float[] offsets = new float[(includeZero ? 27 : 26) * 3];
        int i = 0;
        for (int x = -1; x <= 1; x++) {
            for (int y = -1; y <= 1; y++) {
                for (int z = -1; z <= 1; z++) {
                    if (!includeZero && x == 0 && y == 0 && z == 0) {
                        continue;
                    }
                    offsets[i++] = x;
                    offsets[i++] = y;
                    offsets[i++] = z;
                }
            }
        }
        return manager.create(offsets, new Shape(includeZero ? 27 : 26, 3));
    }
}
