package org.matdesign.engine.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One screened candidate as the reports show it. Flags are {@code null} when the check was not run (disabled validator);
 * numbers are NaN when unknown.
 *
 * @param id                 stable id within the run, e.g. {@code t2-c017}
 * @param targetLabel        the target set it was designed for, e.g. {@code band_gap=1.2 formation_energy=-0.025}
 * @param targets            target value per property
 * @param formula            reduced formula of the decoded structure
 * @param cifFile            file name of its CIF inside the output folder ({@code null} when none was written)
 * @param predicted          the generator's own property head at the final latent (physical units)
 * @param independent        the separately trained predictor's values on the decoded structure (physical units)
 * @param eAboveHullEstimate predicted formation energy minus the hull of the reference entries, eV/atom (an estimate)
 * @param stable             e_above_hull_estimate at or below the stability threshold
 * @param sun                stable (estimate), unique and novel, and structurally and compositionally valid
 * @param objective          final value of the latent objective (lower is better)
 * @param cell               for the picture; may be {@code null}
 */
public record CandidateRow(
        String id,
        String targetLabel,
        Map<String, Double> targets,
        String formula,
        String cifFile,
        Map<String, Double> predicted,
        Map<String, Double> independent,
        Boolean structValid,
        Boolean compValid,
        Boolean unique,
        Boolean novel,
        double eAboveHullEstimate,
        Boolean stable,
        boolean sun,
        double objective,
        CellView cell) {

    public CandidateRow {
        Objects.requireNonNull(id, "id");
        targetLabel = targetLabel == null ? "" : targetLabel;
        formula = formula == null ? "" : formula;
        targets = copy(targets);
        predicted = copy(predicted);
        independent = copy(independent);
    }

    private static Map<String, Double> copy(Map<String, Double> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public double predicted(String property) {
        return predicted.getOrDefault(property, Double.NaN);
    }

    public double independent(String property) {
        return independent.getOrDefault(property, Double.NaN);
    }

    public double target(String property) {
        return targets.getOrDefault(property, Double.NaN);
    }

    /** Structurally and compositionally valid (both checks run and passed). */
    public boolean valid() {
        return Boolean.TRUE.equals(structValid) && Boolean.TRUE.equals(compValid);
    }

    /** The SUN rule used everywhere in MatDesign: valid, unique, novel and stable (estimate). */
    public static boolean sunVerdict(Boolean structValid, Boolean compValid, Boolean unique, Boolean novel, Boolean stable) {
        return Boolean.TRUE.equals(structValid) && Boolean.TRUE.equals(compValid) && Boolean.TRUE.equals(unique)
                && Boolean.TRUE.equals(novel) && Boolean.TRUE.equals(stable);
    }
}
