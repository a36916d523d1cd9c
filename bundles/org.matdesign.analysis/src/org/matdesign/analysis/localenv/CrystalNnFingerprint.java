package org.matdesign.analysis.localenv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.matdesign.core.Structure;

/**
 * matminer's CrystalNNFingerprint 'ops' preset (0.7.x, the one CDVAE used): per site, for CN 1..24 the CrystalNN
 * weight of that CN and, for CN 1..12, each motif's order parameter of that CN's neighbours times the weight (61
 * values). The structure fingerprint is the mean over sites (CDVAE).
 */
public final class CrystalNnFingerprint {

    public static final int MAX_CN = 24;

    /** Motifs per CN (matminer cn_target_motif_op.yaml) with pymatgen's cn_opt_params / op_params parameters. */
    private static final List<List<OrderParameter>> MOTIFS = motifs();

    public static final int LENGTH = MAX_CN + MOTIFS.stream().mapToInt(List::size).sum();

    /** One site's result: CN weights (CN 0 included where present), order parameters by name, fingerprint. */
    public record SiteFingerprint(Map<Integer, Double> cnWeights, Map<String, Double> orderParameters,
            double[] values) {
    }

    private CrystalNnFingerprint() {
    }

    public static SiteFingerprint site(Structure structure, int n) {
        CrystalNn.NnData nn = CrystalNn.of(structure, n);
        double[] out = new double[LENGTH];
        Map<String, Double> ops = new java.util.LinkedHashMap<>();
        int p = 0;
        for (int cn = 1; cn <= MAX_CN; cn++) {
            double wt = nn.cnWeights().getOrDefault(cn, 0.0);
            out[p++] = wt;
            if (cn > MOTIFS.size()) {
                continue;
            }
            List<double[]> vectors = null;
            for (OrderParameter op : MOTIFS.get(cn - 1)) {
                double v = 0;
                if (wt != 0) {
                    if (vectors == null) {
                        vectors = new ArrayList<>();
                        for (CrystalNn.Neighbour e : nn.cnNeighbours().get(cn)) {
                            vectors.add(e.vector());
                        }
                    }
                    double raw = op.value(vectors);
                    v = wt * (Double.isNaN(raw) ? 0 : raw);
                    ops.put(label(cn, op), v);
                }
                out[p++] = v;
            }
        }
        return new SiteFingerprint(nn.cnWeights(), ops, out);
    }

    /** Mean of the site fingerprints. */
    public static double[] structure(Structure structure) {
        double[][] sites = IntStream.range(0, structure.size()).mapToObj(i -> site(structure, i).values())
                .toArray(double[][]::new);
        return mean(sites);
    }

    public static double[] mean(double[][] sites) {
        double[] mean = new double[LENGTH];
        for (double[] s : sites) {
            for (int k = 0; k < LENGTH; k++) {
                mean[k] += s[k] / sites.length;
            }
        }
        return mean;
    }

    /** Labels in fingerprint order: "cn6.wt", "cn6.octahedral", ... */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int cn = 1; cn <= MAX_CN; cn++) {
            labels.add("cn" + cn + ".wt");
            if (cn <= MOTIFS.size()) {
                for (OrderParameter op : MOTIFS.get(cn - 1)) {
                    labels.add(label(cn, op));
                }
            }
        }
        return labels;
    }

    private static String label(int cn, OrderParameter op) {
        return "cn" + cn + "." + op.motif();
    }

    // Parameter order in OrderParameter.of: TA, IGW_TA, IGW_EP, fac_AA, exp_cos_AA, min_SPP, IGW_SPP, w_SPP.
    private static List<List<OrderParameter>> motifs() {
        double spp135 = 2.356194490192345;
        OrderParameter cuboct = new OrderParameter("cuboctahedral", "cuboct_max", 0, 0, 0, 0, 0, 2.792526803190927,
                28.75, 1.8, new double[] {1.8325957145940461, 1.3089969389957472, 25.5, 31.25});
        return List.of(
                List.of(OrderParameter.of("single-bond", "sgl_bd")),
                List.of(OrderParameter.of("L-shaped", "bent", 0.5, 15.15),
                        OrderParameter.of("water-like", "bent", 0.5802777777777778, 13.95),
                        OrderParameter.of("bent-120", "bent", 0.666666666667, 13.25),
                        OrderParameter.of("bent-150", "bent", 0.833333333333333, 12.45),
                        OrderParameter.of("linear", "bent", 1, 8.667)),
                List.of(OrderParameter.of("trigonal-planar", "tri_plan_max", 0.66666666667, 17.5, 0, 1, 2),
                        OrderParameter.of("trigonal-non-coplanar", "tet_max", 0.6081734479693927, 18.33, 0, 1.5, 2),
                        OrderParameter.of("T-shaped", "T", 0, 0, 15.5, 1, 2)),
                List.of(OrderParameter.of("square-co-planar", "sq_plan_max", 0, 0, 17.7, 1, 2, spp135, 13.5, 1),
                        OrderParameter.of("tetrahedral", "tet_max", 0.6081734479693927, 18.5, 0, 1.5, 2),
                        OrderParameter.of("rectangular-see-saw-like", "see_saw_rect", 0, 0, 27, 2, 2, spp135, 11.5),
                        OrderParameter.of("see-saw-like", "tri_bipyr", 0, 0, 15.75, 1.5, 2, spp135, 12.75, 1),
                        OrderParameter.of("trigonal-pyramidal", "tri_pyr", 0, 0, 15.5, 1.5, 2)),
                List.of(OrderParameter.of("pentagonal-planar", "pent_plan_max", 0.6, 19.333),
                        OrderParameter.of("square-pyramidal", "sq_pyr", 0, 0, 14.9, 2, 2),
                        OrderParameter.of("trigonal-bipyramidal", "tri_bipyr", 0, 0, 16.6, 1.5, 2, spp135, 12, 1)),
                List.of(OrderParameter.of("hexagonal-planar", "hex_plan_max", 0.16666667, 25, 0, 1, 2,
                        2.6179938779914944, 7.5, 1),
                        OrderParameter.of("octahedral", "oct_max", 0, 0, 18, 2, 2, spp135, 15, 1),
                        OrderParameter.of("pentagonal-pyramidal", "pent_pyr", 0, 0, 13.8, 2.5, 2)),
                List.of(OrderParameter.of("hexagonal-pyramidal", "hex_pyr", 0, 0, 12.5, 3, 2),
                        OrderParameter.of("pentagonal-bipyramidal", "pent_bipyr", 0, 0, 14.75, 2.5, 2, spp135, 12.5, 1)),
                List.of(OrderParameter.of("body-centered-cubic", "bcc", 0, 0, 0, 0, 0, 2.5261129449194057, 15, 6),
                        OrderParameter.of("hexagonal-bipyramidal", "hex_bipyr", 0, 0, 13.6, 3, 2, spp135, 14.1, 1)),
                steinhardt(), steinhardt(), steinhardt(),
                List.of(cuboct, OrderParameter.of("q2", "q2"), OrderParameter.of("q4", "q4"),
                        OrderParameter.of("q6", "q6")));
    }

    private static List<OrderParameter> steinhardt() {
        return List.of(OrderParameter.of("q2", "q2"), OrderParameter.of("q4", "q4"), OrderParameter.of("q6", "q6"));
    }
}
