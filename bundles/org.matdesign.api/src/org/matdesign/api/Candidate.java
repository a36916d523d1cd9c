package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.matdesign.core.Structure;

/**
 * A crystal proposed during a design run, with what is known about it so far. Immutable: each stage of the
 * funnel returns new candidates, so a faulty contribution cannot corrupt what others already produced.
 */
public final class Candidate {

    private final String id;
    private final Structure structure;
    private final String origin;
    private final Map<String, Double> predicted;
    private final Map<String, Verdict> verdicts;
    private final float[] latent;

    public Candidate(String id, Structure structure, String origin, Map<String, Double> predicted,
            Map<String, Verdict> verdicts, float[] latent) {
        this.id = Objects.requireNonNull(id, "id");
        this.structure = Objects.requireNonNull(structure, "structure");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.predicted = Collections.unmodifiableMap(new LinkedHashMap<>(predicted));
        this.verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        this.latent = latent == null ? null : latent.clone();
    }

    public static Candidate of(String id, Structure structure, String origin) {
        return new Candidate(id, structure, origin, Map.of(), Map.of(), null);
    }

    public String id() {
        return id;
    }

    public Structure structure() {
        return structure;
    }

    /** Id of the contribution that produced (or last changed) this candidate. */
    public String origin() {
        return origin;
    }

    /** Properties predicted by the model that generated the candidate (user-facing names). */
    public Map<String, Double> predicted() {
        return predicted;
    }

    /** Verdicts by validator id, in the order the validators ran. */
    public Map<String, Verdict> verdicts() {
        return verdicts;
    }

    /** The model's latent vector behind this candidate, or null when the generator has none. */
    public float[] latent() {
        return latent == null ? null : latent.clone();
    }

    public boolean passedAll() {
        return verdicts.values().stream().allMatch(Verdict::passed);
    }

    public Candidate withStructure(Structure newStructure, String newOrigin) {
        return new Candidate(id, newStructure, newOrigin, predicted, verdicts, latent);
    }

    public Candidate withPredicted(Map<String, Double> newPredicted) {
        return new Candidate(id, structure, origin, newPredicted, verdicts, latent);
    }

    public Candidate withLatent(float[] newLatent) {
        return new Candidate(id, structure, origin, predicted, verdicts, newLatent);
    }

    public Candidate withVerdict(String validatorId, Verdict verdict) {
        Map<String, Verdict> next = new LinkedHashMap<>(verdicts);
        next.put(validatorId, verdict);
        return new Candidate(id, structure, origin, predicted, next, latent);
    }

    @Override
    public String toString() {
        return id + " " + structure.composition().reducedFormula() + " from " + origin;
    }
}
