package org.matdesign.engine.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matdesign.engine.recipe.Recipe;

/**
 * Everything needed to repeat or audit a run: the exact command, the recipe, seeds, checksums of the model and of the
 * independent predictor, the hash of the data used for novelty and hull references, bundle versions, timings and the
 * funnel counts. {@code extra} takes further facts (e.g. thread count, device) as strings or numbers.
 */
public record Provenance(
        List<String> command,
        Recipe recipe,
        long seed,
        String model,
        String modelChecksum,
        String predictorChecksum,
        String dataHash,
        String dataDescription,
        Map<String, String> bundleVersions,
        Instant startedAt,
        Instant finishedAt,
        List<FunnelStage> funnel,
        List<String> notes,
        Map<String, Object> extra) {

    public Provenance {
        command = command == null ? List.of() : List.copyOf(command);
        bundleVersions = bundleVersions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bundleVersions));
        funnel = funnel == null ? List.of() : List.copyOf(funnel);
        notes = notes == null ? List.of() : List.copyOf(notes);
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public double wallSeconds() {
        if (startedAt == null || finishedAt == null) {
            return Double.NaN;
        }
        return (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }
}
