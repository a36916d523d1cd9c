package org.matdesign.predictors.cgcnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetProperties;

/** The bundled CGCNN ensemble: loads with its checksum, predicts with a spread, refuses what it cannot handle. */
class CgcnnPredictorTest {

    static Structure cubic(String a, String b, String x) {
        return Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90),
                List.of(Species.of(a), Species.of(b), Species.of(x), Species.of(x), Species.of(x)),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
    }

    @Test
    void bundledModelPredictsBothPropertiesWithAnEnsembleSpread() throws Exception {
        try (CgcnnPredictor p = new CgcnnPredictor()) {
            assertEquals(List.of("band_gap", "formation_energy"), p.properties());
            assertEquals("eV/atom", p.unit("formation_energy"));
            List<PropertyPrediction> out = p.predict(List.of(cubic("Ba", "Ti", "O"), cubic("Sr", "Zr", "S")),
                    new NullProgressMonitor());
            assertEquals(2, out.size());
            for (PropertyPrediction pr : out) {
                assertNotNull(pr);
                for (String property : p.properties()) {
                    assertTrue(Double.isFinite(pr.value(property)), property);
                    assertTrue(pr.uncertainty(property) >= 0, property);
                }
            }
            // same structure, same answer; input order kept
            PropertyPrediction again = p.predict(List.of(cubic("Ba", "Ti", "O")), null).get(0);
            assertEquals(out.get(0).value("band_gap"), again.value("band_gap"), 1e-6);
            Map<String, String> facts = p.facts();
            assertEquals("cgcnn", facts.get("predictor"));
            assertTrue(facts.containsKey("heldout.mae.band_gap"), facts.toString());
            assertTrue(facts.containsKey("heldout.mae.formation_energy"), facts.toString());
            assertEquals(64, facts.get("model.sha256").length());
        }
    }

    /** A two-atom cell: CsCl-type for two elements, body-centred for one. */
    static Structure pair(String a, String b, double edge) {
        return Structure.of(Lattice.fromParameters(edge, edge, edge, 90, 90, 90), List.of(Species.of(a), Species.of(b)),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}));
    }

    @Test
    void everyCommittedModelLoadsWithItsChecksumAndPredictsItsDatasetsPropertiesWithASpread() throws Exception {
        Map<String, Structure> probe = Map.of("perov_5", cubic("Ba", "Ti", "O"), "mp_20", pair("Cs", "Cl", 4.1),
                "carbon_24", pair("C", "C", 2.5));
        for (DatasetProperties d : DatasetProperties.ALL) {
            try (CgcnnPredictor p = CgcnnPredictor.bundled(d.dataset())) {
                assertEquals(d.names(), p.properties(), d.dataset());
                PropertyPrediction v = p.predict(List.of(probe.get(d.dataset())), null).get(0);
                assertNotNull(v, d.dataset());
                for (String property : d.names()) {
                    assertTrue(Double.isFinite(v.value(property)), d.dataset() + " " + property);
                    assertTrue(v.uncertainty(property) >= 0, d.dataset() + " " + property);
                    assertEquals(d.require(property).unit(), p.unit(property));
                }
                Map<String, String> facts = p.facts();
                assertEquals(CgcnnPredictor.idFor(d.dataset()), facts.get("predictor"));
                assertEquals(d.dataset(), facts.get(PropertyPredictor.TRAINING_DATASET));
                assertEquals(64, facts.get("model.sha256").length());
                for (String property : d.names()) {
                    assertTrue(facts.containsKey("heldout.mae." + property), facts.toString());
                    assertTrue(facts.containsKey("heldout.r2." + property), facts.toString());
                }
                assertTrue(Integer.parseInt(facts.get("training.train_rows")) > 1000, facts.toString());
            }
        }
        assertEquals("cgcnn", CgcnnPredictor.idFor("perov_5"), "the design funnel's default stays Perov-5's");
        assertEquals("cgcnn.mp_20", CgcnnPredictor.idFor("mp-20"));
    }

    @Test
    void elementsOutsideTheVocabularyGiveNull() throws Exception {
        try (CgcnnPredictor p = new CgcnnPredictor()) {
            List<Structure> in = new ArrayList<>();
            in.add(cubic("Og", "Ti", "O"));
            in.add(cubic("Ba", "Ti", "O"));
            List<PropertyPrediction> out = p.predict(in, null);
            assertNull(out.get(0));
            assertNotNull(out.get(1));
        }
    }

    @Test
    void aTamperedPayloadIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        copy("model/perov_5/model.json", dir.resolve("model.json"));
        copy("model/perov_5/model.bin", dir.resolve("model.bin"));
        byte[] bin = Files.readAllBytes(dir.resolve("model.bin"));
        bin[bin.length / 2] ^= 1;
        Files.write(dir.resolve("model.bin"), bin);
        try (CgcnnPredictor p = new CgcnnPredictor(dir)) {
            CoreException e = assertThrows(CoreException.class, () -> p.predict(List.of(cubic("Ba", "Ti", "O")), null));
            assertTrue(e.getMessage().contains("model.bin") || e.getMessage().contains("model.json"), e.getMessage());
        }
        try (CgcnnPredictor p = new CgcnnPredictor(dir.resolve("missing"))) {
            assertThrows(CoreException.class, () -> p.predict(List.of(cubic("Ba", "Ti", "O")), null));
        }
    }

    @Test
    void metricsOfPerfectAndConstantPredictions() {
        double[] t = {0, 0, 1, 3};
        Metrics perfect = Metrics.of(Map.of("band_gap", t), Map.of("band_gap", t.clone()));
        assertEquals(0, perfect.mae("band_gap"), 1e-12);
        assertEquals(1, perfect.r2("band_gap"), 1e-12);
        assertEquals(2, perfect.gappedCount());
        Metrics mean = Metrics.of(Map.of("band_gap", t), Map.of("band_gap", new double[] {1, 1, 1, 1}));
        assertEquals(0, mean.r2("band_gap"), 1e-12);
        assertEquals(1.0, mean.mae("band_gap"), 1e-12);
        assertEquals(1.0, mean.gappedMae(), 1e-12);
    }

    @Test
    void graphHasTwelveNeighboursPerAtomWithinTheCutoff() {
        CgcnnConfig c = CgcnnConfig.defaults();
        assertEquals(41, c.gaussianCount());
        CrystalGraph g = CrystalGraph.of(cubic("Ba", "Ti", "O"), c);
        assertEquals(5, g.atoms());
        assertEquals(5 * 12, g.neighbours().length);
        for (float m : g.mask()) {
            assertEquals(1f, m); // a 4 A cubic cell has far more than 12 neighbours within 8 A
        }
        assertEquals(5 * 12 * 41, g.gaussians().length);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = CgcnnModel.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
