package org.matdesign.analysis.validators;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.RunContext;
import org.matdesign.api.Setting;

/**
 * The {@value #SETTING} setting shared by the independent property check and the stability estimate: which
 * {@link PropertyPredictor} (by id on {@code org.matdesign.api.predictors}) judges the candidates.
 */
final class PredictorChoice {

    static final String SETTING = "predictor";
    static final String AUTO = "auto";
    /** The Perov-5 predictor: the judge when no predictor was trained on the model's dataset. */
    static final String PEROV5 = "cgcnn";
    static final List<String> KNOWN = List.of(AUTO, "cgcnn", "cgcnn.mp_20", "cgcnn.carbon_24", "composition-mlp");
    private static final Set<String> RECORDED = Set.of("architecture", "model.sha256", "members", "training.dataset",
            "training.train_rows", "training.test_rows");

    private PredictorChoice() {
    }

    static Setting setting() {
        return Setting.choice(SETTING, AUTO, KNOWN, "the independent property predictor: auto (the CGCNN ensemble"
                + " trained on the generator's training dataset, cgcnn.DATASET, else cgcnn, Perov-5's), one of the"
                + " CGCNN ensembles (with uncertainty) or composition-mlp (composition MLP)");
    }

    /** The id of the predictor validator {@code validatorId} asks ({@code auto} resolved). */
    static String id(RunContext context, String validatorId) throws CoreException {
        String id = context.settings(validatorId).getString(SETTING);
        try {
            return resolve(id, context);
        } catch (Exception e) {
            throw new CoreException(status(validatorId + ": predictor '" + id + "': " + e.getMessage(), e));
        }
    }

    /** The predictor id {@code auto} stands for: the one trained on the run's training data where installed. */
    private static String resolve(String id, RunContext context) throws Exception {
        if (!id.equals(AUTO)) {
            return id;
        }
        String dataset = context.trainingSet().map(t -> t.dataset()).orElse("");
        if (dataset.isBlank() || dataset.equals("perov_5")) {
            return PEROV5;
        }
        String own = PEROV5 + "." + dataset;
        PropertyPredictor p = context.predictor(own);
        return p != null && dataset.equals(p.facts().get("training.dataset")) ? own : PEROV5;
    }

    /** The campaign's predictor chosen for validator {@code validatorId}; its facts go into the provenance. */
    static PropertyPredictor predictor(RunContext context, String validatorId) throws CoreException {
        String id = id(context, validatorId);
        PropertyPredictor p;
        try {
            p = context.predictor(id);
        } catch (Exception e) {
            throw new CoreException(status(validatorId + ": predictor '" + id + "': " + e.getMessage(), e));
        }
        if (p == null) {
            throw new CoreException(status(validatorId + ": no property predictor '" + id + "' is installed", null));
        }
        context.record(validatorId + ".predictor", id);
        for (Map.Entry<String, String> f : p.facts().entrySet()) {
            if (RECORDED.contains(f.getKey()) || f.getKey().startsWith("heldout.")) {
                context.record("predictor." + id + "." + f.getKey(), f.getValue());
            }
        }
        return p;
    }

    static IStatus status(String message, Throwable e) {
        return new Status(IStatus.ERROR, "org.matdesign.analysis.validators", message, e);
    }
}
