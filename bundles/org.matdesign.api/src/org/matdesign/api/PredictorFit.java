package org.matdesign.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a predictor can judge a dataset's crystals: the same property names mean different quantities in different
 * datasets (Perov-5's formation energy is CMR's heat of formation, MP-20's the Materials Project's), so a predictor
 * trained on another dataset, or one that lacks a property, would give numbers that look right and are not.
 */
public final class PredictorFit {

    private PredictorFit() {
    }

    /**
     * @param id         the predictor's id, for the message
     * @param dataset    the dataset folder, e.g. {@code mp_20}
     * @param properties the dataset's properties the caller needs
     * @return why the predictor does not fit, empty when it does (a predictor that does not say what it was trained
     *         on fits when it predicts every property)
     */
    public static Optional<String> problem(String id, PropertyPredictor predictor, String dataset,
            List<String> properties) {
        String trained = predictor.facts().get(PropertyPredictor.TRAINING_DATASET);
        if (trained != null && !trained.equals(dataset)) {
            return Optional.of("predictor '" + id + "' was trained on " + trained + ", not " + dataset
                    + ": its values are " + trained + "'s properties");
        }
        List<String> missing = new ArrayList<>(properties);
        missing.removeAll(predictor.properties());
        if (!missing.isEmpty()) {
            return Optional.of("predictor '" + id + "' does not predict " + dataset + "'s " + String.join(", ", missing)
                    + " (it predicts " + String.join(", ", predictor.properties()) + ")");
        }
        return Optional.empty();
    }
}
