package org.matdesign.models.meidnet.predictor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Structure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The composition MLP ({@link IndependentPredictor}) as a {@link PropertyPredictor} with id {@value #ID}: one model,
 * so no uncertainty (NaN).
 */
public final class CompositionMlpPredictor implements PropertyPredictor {

    public static final String ID = "composition-mlp";

    private IndependentPredictor predictor;

    private synchronized IndependentPredictor predictor() throws CoreException {
        if (predictor == null) {
            try {
                predictor = IndependentPredictor.loadDefault();
            } catch (IOException | RuntimeException e) {
                throw new CoreException(Status.error("cannot load the composition MLP: " + e.getMessage(), e));
            }
        }
        return predictor;
    }

    @Override
    public List<String> properties() {
        try {
            return predictor().propertyNames();
        } catch (CoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String unit(String property) {
        return switch (property) {
            case "band_gap" -> "eV";
            case "formation_energy" -> "eV/atom";
            default -> "";
        };
    }

    @Override
    public List<PropertyPrediction> predict(List<Structure> structures, IProgressMonitor monitor) throws CoreException {
        IndependentPredictor p = predictor();
        List<PropertyPrediction> out = new ArrayList<>(structures.size());
        for (Structure s : structures) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (s == null) {
                out.add(null);
                continue;
            }
            try {
                out.add(PropertyPrediction.of(p.predict(s)));
            } catch (RuntimeException e) {
                out.add(null); // an element without Magpie data or a degenerate cell
            }
        }
        return out;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("predictor", ID);
        try {
            IndependentPredictor p = predictor();
            f.put("model.sha256", p.checksum());
            JsonObject r = p.trainingRecord();
            for (Map.Entry<String, JsonElement> e : r.entrySet()) {
                if (e.getValue().isJsonObject()) {
                    String key = e.getKey().equals("test_mae") ? "heldout.mae" : e.getKey();
                    e.getValue().getAsJsonObject().entrySet()
                            .forEach(x -> f.put(key + "." + x.getKey(), x.getValue().getAsString()));
                } else {
                    f.put(e.getKey().equals("model") ? "architecture" : "training." + e.getKey(),
                            e.getValue().getAsString());
                }
            }
        } catch (CoreException e) {
            f.put("error", e.getMessage());
        }
        return f;
    }
}
