package org.matdesign.models.meidnet.predictor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.Structure;
import org.matdesign.core.data.Checksums;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The independent property check of the design funnel: a regressor trained separately from MEIDNet (different inputs,
 * different architecture, its own training run on the Perov-5 training split), so a candidate is not judged by the head
 * that generated it. The default predictor is committed in this package as {@value #DEFAULT_RESOURCE}, with its training
 * record (held-out MAE per property) inside the same file.
 */
public final class IndependentPredictor {

    public static final String DEFAULT_RESOURCE = "independent-predictor.json";

    private final List<String> properties;
    private final MlpRegressor regressor;
    private final JsonObject record;
    private final String checksum;

    IndependentPredictor(List<String> properties, MlpRegressor regressor, JsonObject record, String checksum) {
        this.properties = List.copyOf(properties);
        this.regressor = regressor;
        this.record = record == null ? new JsonObject() : record.deepCopy();
        this.checksum = checksum;
    }

    /** The predictor committed in this bundle (a design campaign loads it once, as a campaign resource). */
    public static IndependentPredictor loadDefault() throws IOException {
        try (InputStream in = IndependentPredictor.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException("the independent property predictor (bundle resource " + DEFAULT_RESOURCE
                        + ") is missing from this build");
            }
            return parse(in.readAllBytes(), "bundle resource " + DEFAULT_RESOURCE);
        }
    }

    public static IndependentPredictor load(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    static IndependentPredictor parse(byte[] bytes, String source) throws IOException {
        try {
            JsonObject o = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
            List<String> names = new ArrayList<>();
            o.getAsJsonArray("properties").forEach(e -> names.add(e.getAsString()));
            MlpRegressor m = MlpRegressor.fromJson(o.getAsJsonObject("weights"), source);
            if (m.outputs != names.size() || m.inputs != PredictorFeatures.LENGTH) {
                throw new IOException(source + ": predictor sizes do not match " + names + " / "
                        + PredictorFeatures.LENGTH + " features");
            }
            JsonObject record = o.has("training") ? o.getAsJsonObject("training") : new JsonObject();
            return new IndependentPredictor(names, m, record, Checksums.sha256(bytes));
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                | ClassCastException e) {
            throw new IOException(source + ": corrupt predictor file (" + e.getMessage() + ")", e);
        }
    }

    /** User-facing property names (band_gap, formation_energy), in output order. */
    public List<String> propertyNames() {
        return properties;
    }

    /** Predicted values in physical units, by property name. */
    public Map<String, Double> predict(Structure structure) {
        double[] y = regressor.predict(PredictorFeatures.of(structure));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < properties.size(); k++) {
            out.put(properties.get(k), y[k]);
        }
        return out;
    }

    /** How it was trained and its held-out error (keys {@code test_mae}, {@code train_rows}...). */
    public JsonObject trainingRecord() {
        return record.deepCopy();
    }

    /** SHA-256 of the predictor file. */
    public String checksum() {
        return checksum;
    }
}
