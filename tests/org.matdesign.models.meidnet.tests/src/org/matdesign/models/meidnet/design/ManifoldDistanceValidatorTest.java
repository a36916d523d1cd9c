package org.matdesign.models.meidnet.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Verdict;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.models.meidnet.MeidnetModel;

/** meidnet.manifold: a training crystal lies on the manifold, an implausible cell far from it. */
class ManifoldDistanceValidatorTest {

    @Test
    void aTrainingCrystalIsAtZeroAndAnImplausibleCellFarAway() throws Exception {
        MeidnetModel model = MeidnetModel.loadDefault();
        TrainingSet training = MeidnetTrainingSet.ofDefault(model);
        Structure known = training.structures().get(17);
        // five oxygen atoms crammed in a 2.2 A cell: nothing like a Perov-5 crystal
        Structure odd = Structure.of(Lattice.fromParameters(2.2, 2.2, 2.2, 90, 90, 90),
                List.of(Species.of("O"), Species.of("O"), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
        float[] latent = TrainingStarts.encode(model, List.of(known))[0];
        List<Candidate> candidates = List.of(
                Candidate.of("known", known, "test").withAttribute(MeidnetGenerator.LATENT, latent),
                Candidate.of("odd", odd, "test"));

        List<Verdict> report = validate(candidates, training, Map.of());
        assertEquals(0.0, report.get(0).value(), 1e-3, report.get(0).detail());
        assertTrue(report.get(0).detail().contains("re-encodes 0.000 rad from the latent found"),
                report.get(0).detail());
        assertTrue(report.get(1).value() > 0.3, "far from every training crystal: " + report.get(1).detail());
        assertTrue(report.stream().allMatch(Verdict::passed), "reports only by default");

        List<Verdict> strict = validate(candidates, training, Map.of("max_angle", 0.2));
        assertTrue(strict.get(0).passed());
        assertFalse(strict.get(1).passed(), "beyond max_angle it fails");
    }

    private static List<Verdict> validate(List<Candidate> candidates, TrainingSet training, Map<String, Object> given)
            throws Exception {
        Settings settings = Settings.check(ManifoldDistanceValidator.ID, new ManifoldDistanceSettings().settings(),
                given);
        DesignTarget target = DesignTarget.of(Map.of("band_gap", 1.0), 1, 1, 1);
        List<String> log = new ArrayList<>();
        try (RunResources resources = new RunResources()) {
            RunContext context = new RunContext(target, Map.of(ManifoldDistanceValidator.ID, settings), null,
                    resources, training, log::add);
            return new ManifoldDistanceValidator().validate(candidates, context, new NullProgressMonitor());
        }
    }
}
