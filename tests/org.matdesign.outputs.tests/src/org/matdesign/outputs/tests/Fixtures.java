package org.matdesign.outputs.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matdesign.api.Candidate;
import org.matdesign.api.Coverage;
import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.FunnelStage;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * A finished campaign built in code: two targets (the second a range), three validators (one a third party's, one
 * predicting properties), coverage with the second target outside the data, NaN values, and a detail with a comma
 * and quotes.
 */
final class Fixtures {

    static final String THIRD_PARTY = "example.density";
    static final String THIRD_PARTY_NAME = "Density window (third party)";
    static final String AWKWARD_DETAIL = "density 5.1 g/cm3, in \"window\"";
    static final String MODEL_CHECKSUM = "sha256:0123456789abcdef0123456789abcdef";

    private Fixtures() {
    }

    static DesignResults results() {
        return results(false);
    }

    /** With {@code stability}, a fourth stage {@code stability_estimate} ran as well. */
    static DesignResults results(boolean stability) {
        DesignTarget point = new DesignTarget(List.of(PropertyTarget.value("band_gap", 1.2, 0.1),
                PropertyTarget.value("formation_energy", -0.5, 0.05)), Set.of(), Set.of("Pb"), 2, 1, 42);
        DesignTarget range = new DesignTarget(List.of(new PropertyTarget("band_gap", 1.0, 1.5, 0.1)), Set.of(),
                Set.of(), 2, 1, 42);
        Map<String, String> units = new LinkedHashMap<>();
        units.put("band_gap", "eV");
        units.put("formation_energy", "eV/atom");
        List<StageInfo> stages = new ArrayList<>(List.of(
                new StageInfo("structural_validity", "Structural validity", "minimum distance and volume"),
                new StageInfo("independent_property", "Independent property check", "a separate predictor"),
                new StageInfo(THIRD_PARTY, THIRD_PARTY_NAME, "density between 0.5 and 12 g/cm3")));
        if (stability) {
            stages.add(new StageInfo("stability_estimate", "Stability estimate", "energy above hull"));
        }

        Candidate c1 = Candidate.of("t1-c001", perovskite(), "meidnet")
                .withPredicted(Map.of("band_gap", 1.25, "formation_energy", -0.48)).withObjective(0.0125)
                .withVerdict("structural_validity", new Verdict(true, 1.9525, "min distance 1.95 A"))
                .withVerdict("independent_property", new Verdict(true, 0.15, "within tolerance",
                        ordered("band_gap", 1.1, "formation_energy", -0.45)))
                .withVerdict(THIRD_PARTY, new Verdict(true, 5.1, AWKWARD_DETAIL));
        Map<String, Double> withNaN = new LinkedHashMap<>();
        withNaN.put("band_gap", 1.3);
        withNaN.put("formation_energy", Double.NaN);
        Candidate c2 = Candidate.of("t2-c001", rocksalt(), "meidnet").withPredicted(withNaN)
                .withVerdict("structural_validity", new Verdict(true, 2.8, ""))
                .withVerdict("independent_property", new Verdict(false, Double.NaN, "band gap too far",
                        Map.of("band_gap", 0.4)));
        Candidate c3 = Candidate.of("t2-c002", rocksalt(), "meidnet").withPredicted(Map.of("band_gap", 1.4))
                .withVerdict("structural_validity", Verdict.fail("atoms too close"));
        if (stability) {
            c1 = c1.withVerdict("stability_estimate", new Verdict(true, 0.02, "0.02 eV/atom"));
            c2 = c2.withVerdict("stability_estimate", new Verdict(false, 0.35, "0.35 eV/atom"));
        }
        List<RankedCandidate> ranked = List.of(new RankedCandidate(1, 0, c1, true),
                new RankedCandidate(2, 1, c2, false), new RankedCandidate(3, 1, c3, false));
        List<FunnelStage> funnel = List.of(new FunnelStage("decoded", 3, "every candidate"),
                new FunnelStage("structural_validity", 2, ""), new FunnelStage("independent_property", 1, ""),
                new FunnelStage(THIRD_PARTY, 1, ""), new FunnelStage("SUN", 1, "structurally valid, dense enough"));
        Map<Integer, Coverage> coverage = Map.of(0, new Coverage(120, 6015, "perov_5 training split (6015 crystals)"),
                1, new Coverage(2, 6015, "perov_5 training split (6015 crystals)"));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("model_checksum", MODEL_CHECKSUM);
        facts.put("bundle.org.matdesign.api", "1.0.0");
        return new DesignResults("fixture <&> campaign", List.of(point, range),
                List.of("band_gap=1.2 formation_energy=-0.5", "band_gap=1.0..1.5"), units, stages,
                List.of("structural_validity", THIRD_PARTY), ranked, funnel, coverage,
                List.of("validator 'faulty.boom' (org.example.faulty) failed: boom"),
                "{\"name\": \"fixture\", \"validators\": [{\"id\": \"" + THIRD_PARTY
                        + "\", \"settings\": {\"min\": 0.5}}]}",
                List.of("matdesign", "design", "--recipe", "fixture.json"), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:01:05Z"), facts);
    }

    /** The same campaign with its recipe replaced (e.g. by text that is not JSON). */
    static DesignResults withRecipe(DesignResults r, String recipe) {
        return new DesignResults(r.name(), r.targets(), r.targetLabels(), r.propertyUnits(), r.stages(), r.sunRule(),
                r.candidates(), r.funnel(), r.coverage(), r.problems(), recipe, r.command(), r.startedAt(),
                r.finishedAt(), r.facts());
    }

    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static Structure perovskite() {
        return Structure.of(Lattice.fromParameters(3.905, 3.905, 3.905, 90, 90, 90),
                List.of(Species.of("Sr"), Species.of("Ti"), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                        new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
    }

    static Structure rocksalt() {
        return Structure.of(Lattice.fromParameters(3.98, 3.98, 3.98, 60, 60, 60),
                List.of(Species.of("Na"), Species.of("Cl")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}));
    }
}
