package org.matdesign.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished design campaign, as every {@link Visualizer} receives it: the targets, the ranked candidates (each
 * with all its verdicts and predicted properties), the validators that ran (in order), the SUN rule, the funnel,
 * the coverage of each target by the model's training data, problems met, and provenance facts.
 *
 * @param name           the campaign's name (the recipe's)
 * @param targets        the campaign's targets, in recipe order
 * @param targetLabels   one label per target, e.g. {@code band_gap=1.2 formation_energy=-0.025}
 * @param propertyUnits  every targeted or predicted property with its unit, in first-seen order
 * @param stages         the validators that ran, in order
 * @param sunRule        validator ids whose verdicts must all pass for a candidate to count as SUN
 * @param candidates     ranked, best first
 * @param funnel         cumulative funnel, first stage = every candidate
 * @param coverage       per target index, when the generator could tell
 * @param problems       problems met (faulty contributions, missing data), one line each
 * @param recipeJson     the recipe that ran, as JSON
 * @param command        how the campaign was started (program and arguments), may be empty
 * @param startedAt      start time
 * @param finishedAt     end time of the design stages (before outputs)
 * @param facts          provenance facts recorded by the engine and the contributions
 */
public record DesignResults(String name, List<DesignTarget> targets, List<String> targetLabels,
        Map<String, String> propertyUnits, List<StageInfo> stages, List<String> sunRule,
        List<RankedCandidate> candidates, List<FunnelStage> funnel, Map<Integer, Coverage> coverage,
        List<String> problems, String recipeJson, List<String> command, Instant startedAt, Instant finishedAt,
        Map<String, String> facts) {

    public DesignResults {
        targets = List.copyOf(targets);
        targetLabels = List.copyOf(targetLabels);
        propertyUnits = Collections.unmodifiableMap(new LinkedHashMap<>(propertyUnits));
        stages = List.copyOf(stages);
        sunRule = List.copyOf(sunRule);
        candidates = List.copyOf(candidates);
        funnel = List.copyOf(funnel);
        coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
        problems = List.copyOf(problems);
        command = command == null ? List.of() : List.copyOf(command);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public double wallSeconds() {
        return startedAt == null || finishedAt == null ? Double.NaN
                : (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }

    public long sunCount() {
        return candidates.stream().filter(RankedCandidate::sun).count();
    }

    public Optional<StageInfo> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Every (source, property) pair with a value in some candidate, in the order they arise: the generator's own
     * predictions first (source {@code null}), then each validator's predictions in the order the validators ran.
     */
    public List<PropertySource> propertySources() {
        List<PropertySource> out = new ArrayList<>();
        for (String p : propertyUnits.keySet()) {
            if (candidates.stream().anyMatch(c -> c.candidate().predicted().containsKey(p))) {
                out.add(new PropertySource(null, p));
            }
        }
        for (StageInfo s : stages) {
            for (String p : propertyUnits.keySet()) {
                if (candidates.stream().anyMatch(c -> c.candidate().verdicts().containsKey(s.id())
                        && c.candidate().verdicts().get(s.id()).properties().containsKey(p))) {
                    out.add(new PropertySource(s.id(), p));
                }
            }
        }
        return out;
    }

    /** Where a property value comes from: the generator ({@code source == null}) or a validator. */
    public record PropertySource(String source, String property) {
        /** Column name, e.g. {@code predicted_band_gap} or {@code independent_property.band_gap}. */
        public String column() {
            return source == null ? "predicted_" + property : source + "." + property;
        }
    }
}
