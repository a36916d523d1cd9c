package org.matdesign.analysis.metrics;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.core.Structure;

/**
 * CDVAE's reconstruction metrics: for each (prediction, ground truth) pair, when the prediction is valid the
 * normalised rms of the StructureMatcher (ltol 0.3, stol 0.5, angle_tol 10) is computed; match rate = matched / all
 * predictions (a null prediction, a decoding the model could not produce, is a miss), RMSE = mean rms over matched
 * pairs (NaN when none matched).
 */
public record ReconstructionMetrics(int pairs, int matched, double matchRate, double meanRms, double[] rms) {

    public static ReconstructionMetrics compute(List<Structure> predicted, List<Structure> groundTruth,
            StructureMatcher matcher) {
        if (predicted.size() != groundTruth.size()) {
            throw new IllegalArgumentException("predicted (" + predicted.size() + ") and ground truth ("
                    + groundTruth.size() + ") lists differ in length");
        }
        double[] rms = new double[predicted.size()];
        IntStream.range(0, rms.length).parallel().forEach(i -> {
            Structure pred = predicted.get(i);
            if (pred == null || !Validity.of(pred).valid()) {
                rms[i] = Double.NaN;
                return;
            }
            OptionalDouble r = matcher.rms(pred, groundTruth.get(i));
            rms[i] = r.isPresent() ? r.getAsDouble() : Double.NaN;
        });
        int matched = 0;
        double sum = 0;
        for (double r : rms) {
            if (!Double.isNaN(r)) {
                matched++;
                sum += r;
            }
        }
        return new ReconstructionMetrics(rms.length, matched, rms.length == 0 ? 0 : (double) matched / rms.length,
                matched == 0 ? Double.NaN : sum / matched, rms);
    }
}
