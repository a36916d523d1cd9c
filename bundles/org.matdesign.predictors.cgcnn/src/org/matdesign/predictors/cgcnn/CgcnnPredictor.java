package org.matdesign.predictors.cgcnn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetProperties;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The structure-based independent predictor on {@code org.matdesign.api.predictors}: the mean of a CGCNN ensemble,
 * with the members' standard deviation as the uncertainty. One contribution per dataset, each loading the model
 * committed for it ({@code model/DATASET/model.json}, checksum verified) on first use: {@value #ID} for Perov-5 (the
 * design funnel's default) and {@code cgcnn.DATASET} for the others (see {@link #idFor(String)}). plugin.xml names
 * the dataset after the class ({@code class="...CgcnnPredictor:mp_20"}); without it the model is Perov-5's.
 */
public final class CgcnnPredictor implements PropertyPredictor, IExecutableExtension {

    /** The Perov-5 predictor's id; the design funnel asks it by default. */
    public static final String ID = "cgcnn";
    private static final int CHUNK = 256;

    private final Path modelDir;
    private String dataset = DatasetProperties.PEROV_5.dataset();
    private CgcnnModel model;

    /** The model committed for Perov-5. */
    public CgcnnPredictor() {
        this(null);
    }

    /** A model trained into {@code modelDir} (null: the model committed for Perov-5). */
    public CgcnnPredictor(Path modelDir) {
        this.modelDir = modelDir;
    }

    /** The model committed for a dataset (perov_5, mp_20, carbon_24). */
    public static CgcnnPredictor bundled(String dataset) {
        CgcnnPredictor p = new CgcnnPredictor();
        p.dataset = DatasetProperties.parse(dataset).dataset();
        return p;
    }

    /** The contribution id of the model committed for a dataset: {@value #ID} for perov_5, else cgcnn.DATASET. */
    public static String idFor(String dataset) {
        String name = DatasetProperties.parse(dataset).dataset();
        return name.equals(DatasetProperties.PEROV_5.dataset()) ? ID : ID + "." + name;
    }

    /** The dataset named after the class in plugin.xml ({@code CgcnnPredictor:mp_20}). */
    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        if (data instanceof String name && !name.isBlank()) {
            try {
                dataset = DatasetProperties.parse(name.trim()).dataset();
            } catch (IllegalArgumentException e) {
                throw new CoreException(Status.error("predictor " + config.getAttribute("id") + ": " + e.getMessage(),
                        e));
            }
        }
    }

    private synchronized CgcnnModel model() throws CoreException {
        if (model == null) {
            try {
                model = modelDir == null ? CgcnnModel.loadBundled(dataset) : CgcnnModel.load(modelDir);
            } catch (IOException | RuntimeException e) {
                throw new CoreException(Status.error("cannot load the CGCNN model: " + e.getMessage(), e));
            }
        }
        return model;
    }

    @Override
    public List<String> properties() {
        try {
            return model().properties();
        } catch (CoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String unit(String property) {
        try {
            return model().unit(property);
        } catch (CoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<PropertyPrediction> predict(List<Structure> structures, IProgressMonitor monitor) throws CoreException {
        CgcnnModel m = model();
        List<PropertyPrediction> out = new ArrayList<>(structures.size());
        for (int from = 0; from < structures.size(); from += CHUNK) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Structure> part = structures.subList(from, Math.min(structures.size(), from + CHUNK));
            Map<String, double[]>[] summary;
            try {
                summary = CgcnnModel.summarise(m.predictMembers(part), m.properties());
            } catch (RuntimeException e) {
                throw new CoreException(Status.error("CGCNN prediction failed: " + e.getMessage(), e));
            }
            for (Map<String, double[]> s : summary) {
                if (s == null) {
                    out.add(null);
                    continue;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                Map<String, Double> spread = new LinkedHashMap<>();
                s.forEach((k, v) -> {
                    values.put(k, v[0]);
                    spread.put(k, v[1]);
                });
                out.add(new PropertyPrediction(values, spread));
            }
        }
        return out;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("predictor", modelDir == null ? idFor(dataset) : ID);
        try {
            CgcnnModel m = model();
            JsonObject meta = m.metadata();
            putText(f, "architecture", meta.get("architecture"));
            f.put("model", modelDir == null ? "bundled (" + CgcnnModel.resource(dataset, ".json") + ")"
                    : modelDir.toString());
            f.put("model.sha256", m.sha256());
            f.put("members", Integer.toString(m.members()));
            if (meta.has("training") && meta.get("training").isJsonObject()) {
                JsonObject t = meta.getAsJsonObject("training");
                for (String k : new String[] {"dataset", "split", "train_rows", "validation_rows", "test_rows",
                        "train_gapped", "test_gapped", "epochs", "rebuild"}) {
                    putText(f, "training." + k, t.get(k));
                }
            }
            if (meta.has("heldout") && meta.get("heldout").isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : meta.getAsJsonObject("heldout").entrySet()) {
                    putText(f, "heldout." + e.getKey(), e.getValue());
                }
            }
        } catch (CoreException e) {
            f.put("error", e.getMessage());
        }
        return f;
    }

    /** Facts are the record's plain values; anything else in a hand-edited file is left out, not thrown. */
    private static void putText(Map<String, String> facts, String key, JsonElement value) {
        if (value != null && value.isJsonPrimitive()) {
            facts.put(key, value.getAsString());
        }
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CGCNN predictor (%s)", modelDir == null ? "bundled " + dataset + " model"
                : modelDir);
    }

}
