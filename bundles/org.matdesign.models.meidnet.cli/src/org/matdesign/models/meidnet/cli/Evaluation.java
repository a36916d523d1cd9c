package org.matdesign.models.meidnet.cli;

import com.google.gson.JsonObject;

import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.models.meidnet.Example;
import org.matdesign.models.meidnet.MeidnetEvaluator;
import org.matdesign.models.meidnet.MeidnetModel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs the held-out evaluation with the CDVAE matcher settings and formats its figures. */
final class Evaluation {

    private Evaluation() {
    }

    static MeidnetEvaluator.Metrics run(MeidnetModel model, List<Example> examples) {
        StructureMatcher matcher = new StructureMatcher(); // ltol 0.3, stol 0.5, angle_tol 10 (CDVAE, MEIDNet)
        // CDVAE's valid: struct_valid (distances >= 0.5 A, volume >= 0.1 A^3) and SMACT comp_valid
        return MeidnetEvaluator.evaluate(model, examples, matcher::rms, s -> Validity.of(s).valid());
    }

    static JsonObject toJson(MeidnetEvaluator.Metrics m) {
        JsonObject o = new JsonObject();
        o.addProperty("n", m.n());
        o.addProperty("match_rate", m.matchRate());
        o.addProperty("rms", finiteOrNull(m.rms()));
        o.addProperty("valid_rate", m.validRate());
        o.addProperty("cosine", m.cosine());
        o.addProperty("l2", m.l2());
        o.addProperty("retrieval_top1", m.retrievalTop1());
        o.addProperty("retrieval_top5", m.retrievalTop5());
        for (Map.Entry<String, Double> e : m.mae().entrySet()) {
            o.addProperty("mae_" + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Double> e : m.r2().entrySet()) {
            o.addProperty("r2_" + e.getKey(), finiteOrNull(e.getValue()));
        }
        return o;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String describe(MeidnetEvaluator.Metrics m) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "crystals            %d%n", m.n()));
        sb.append(String.format(Locale.ROOT, "structure match     %.2f %% (StructureMatcher ltol 0.3, stol 0.5, angle 10)%n",
                100 * m.matchRate()));
        sb.append(String.format(Locale.ROOT, "match RMS           %.4f (normalised by (V/N)^1/3, over matches)%n", m.rms()));
        sb.append(String.format(Locale.ROOT, "valid decoded       %.2f %% (CDVAE: min distance >= 0.5 A, volume >= 0.1 A^3, SMACT)%n",
                100 * m.validRate()));
        sb.append(String.format(Locale.ROOT, "cosine(z_s, z_p)    %.4f%n", m.cosine()));
        sb.append(String.format(Locale.ROOT, "L2(z_s, z_p)        %.4f%n", m.l2()));
        sb.append(String.format(Locale.ROOT, "retrieval top-1     %.4f%n", m.retrievalTop1()));
        sb.append(String.format(Locale.ROOT, "retrieval top-5     %.4f%n", m.retrievalTop5()));
        for (String p : m.mae().keySet()) {
            sb.append(String.format(Locale.ROOT, "%-19s MAE %.4f  R^2 %.4f (from structure alone)%n", p,
                    m.mae().get(p), m.r2().get(p)));
        }
        if (m.decodeFailures() > 0) {
            sb.append(String.format(Locale.ROOT, "undecodable lattices %d (counted as misses and invalid)%n",
                    m.decodeFailures()));
        }
        return sb.toString();
    }
}
