package org.matdesign.models.meidnet.screening;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.SettingsSchema;
import org.matdesign.api.TrainingSet;
import org.matdesign.models.meidnet.ModelConfig;
import org.matdesign.models.meidnet.design.MeidnetTrainingSet;
import org.matdesign.models.meidnet.predictor.CompositionMlpPredictor;

/** Run contexts for validator tests: checked settings, the bundled training set, a fresh resource store. */
final class TestContexts {

    private static TrainingSet bundled;

    private TestContexts() {
    }

    /** The default model's training split as shipped in the bundle (no data folder needed). */
    static synchronized TrainingSet bundledTrainingSet() throws IOException {
        if (bundled == null) {
            bundled = MeidnetTrainingSet.ofDefault(ModelConfig.perov5Properties());
        }
        return bundled;
    }

    static DesignTarget target(Map<String, Double> values, double tolerance) {
        List<PropertyTarget> list = values.entrySet().stream()
                .map(e -> PropertyTarget.value(e.getKey(), e.getValue(), tolerance)).toList();
        return new DesignTarget(list, null, null, 1, 1, 1);
    }

    static RunContext context(DesignTarget target, String id, SettingsSchema schema, Map<String, ?> given,
            TrainingSet training, Consumer<String> log) {
        // these tests pin the figures of the composition MLP (the predictor the validators used before cgcnn)
        Map<String, Object> withPredictor = new HashMap<>(given);
        if (schema != null && schema.settings().stream().anyMatch(s -> s.key().equals("predictor"))) {
            withPredictor.putIfAbsent("predictor", CompositionMlpPredictor.ID);
        }
        Settings settings = Settings.check(id, schema == null ? List.of() : schema.settings(), withPredictor);
        return new RunContext(target, Map.of(id, settings), null,
                new RunResources(TestContexts::predictor), training, log);
    }

    static PropertyPredictor predictor(String id) {
        return CompositionMlpPredictor.ID.equals(id) ? new CompositionMlpPredictor() : null;
    }
}
