package org.matdesign.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.matdesign.api.PredictorFit;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Structure;

/** A predictor fits a dataset when it was trained on it (or does not say) and predicts every property asked for. */
class PredictorFitTest {

    static PropertyPredictor trainedOn(String dataset, String... properties) {
        return new PropertyPredictor() {
            @Override
            public List<String> properties() {
                return List.of(properties);
            }

            @Override
            public String unit(String property) {
                return "";
            }

            @Override
            public List<PropertyPrediction> predict(List<Structure> structures, IProgressMonitor monitor) {
                return List.of();
            }

            @Override
            public Map<String, String> facts() {
                return dataset == null ? Map.of() : Map.of(PropertyPredictor.TRAINING_DATASET, dataset);
            }
        };
    }

    @Test
    void theSameDatasetAndPropertiesFit() {
        assertTrue(PredictorFit.problem("p", trainedOn("mp_20", "formation_energy", "band_gap"), "mp_20",
                List.of("formation_energy", "band_gap")).isEmpty());
        assertTrue(PredictorFit.problem("p", trainedOn(null, "energy_per_atom"), "carbon_24",
                List.of("energy_per_atom")).isEmpty(), "a predictor that does not say fits by its properties");
    }

    @Test
    void anotherDatasetWithTheSamePropertyNamesDoesNotFit() {
        assertEquals("predictor 'cgcnn' was trained on perov_5, not mp_20: its values are perov_5's properties",
                PredictorFit.problem("cgcnn", trainedOn("perov_5", "band_gap", "formation_energy"), "mp_20",
                        List.of("formation_energy", "band_gap")).orElseThrow());
    }

    @Test
    void aMissingPropertyIsNamed() {
        assertEquals("predictor 'x' does not predict carbon_24's energy_per_atom (it predicts band_gap)",
                PredictorFit.problem("x", trainedOn(null, "band_gap"), "carbon_24", List.of("energy_per_atom"))
                        .orElseThrow());
    }
}
