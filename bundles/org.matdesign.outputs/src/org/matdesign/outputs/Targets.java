package org.matdesign.outputs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RankedCandidate;

/** What each candidate was designed for, as the outputs show it: the campaign's targeted properties and values. */
final class Targets {

    private Targets() {
    }

    /** Every property some target of the campaign aims at, in recipe order, each once. */
    static List<String> properties(DesignResults results) {
        Set<String> names = new LinkedHashSet<>();
        for (DesignTarget t : results.targets()) {
            t.targets().forEach(p -> names.add(p.name()));
        }
        return new ArrayList<>(names);
    }

    /** The value the candidate's target aims at for {@code property} (middle of a range); NaN when not targeted. */
    static double aimedAt(DesignResults results, RankedCandidate c, String property) {
        return target(results, c, property).map(PropertyTarget::value).orElse(Double.NaN);
    }

    static Optional<PropertyTarget> target(DesignResults results, RankedCandidate c, String property) {
        if (c.target() < 0 || c.target() >= results.targets().size()) {
            return Optional.empty();
        }
        return results.targets().get(c.target()).target(property);
    }

    /** The label of the candidate's target, e.g. {@code band_gap=1.0..1.5}; empty when the index is unknown. */
    static String label(DesignResults results, int target) {
        return target >= 0 && target < results.targetLabels().size() ? results.targetLabels().get(target) : "";
    }

    static String formula(RankedCandidate c) {
        return c.candidate().structure().composition().reducedFormula();
    }

    /** A stage's name for people, falling back to its id. */
    static String stageName(DesignResults results, String id) {
        return results.stage(id).map(s -> s.name() == null || s.name().isBlank() ? id : s.name()).orElse(id);
    }
}
