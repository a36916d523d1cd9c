package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.matdesign.core.Structure;

/**
 * A crystal proposed during a design run, with what is known about it so far. Immutable: each stage of the funnel
 * returns new candidates, so a faulty contribution cannot corrupt what others already produced.
 *
 * <p>{@code group} says which requested candidate this one is an attempt at: a generator that proposes several
 * starts per requested candidate gives them one group, and an optimizer may keep the best of each group.
 * {@code objective} is the value an optimizer minimised (NaN when none did). {@code predicted} holds property
 * values only (user-facing names such as {@code band_gap}). Model-private state travels in typed
 * {@link Attribute}s.
 */
public final class Candidate {

    private final String id;
    private final String group;
    private final Structure structure;
    private final String origin;
    private final Map<String, Double> predicted;
    private final double objective;
    private final Map<String, Verdict> verdicts;
    private final Map<Attribute<?>, Object> attributes;

    private Candidate(String id, String group, Structure structure, String origin, Map<String, Double> predicted,
            double objective, Map<String, Verdict> verdicts, Map<Attribute<?>, Object> attributes) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = group == null ? id : group;
        this.structure = Objects.requireNonNull(structure, "structure");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.predicted = Collections.unmodifiableMap(new LinkedHashMap<>(predicted));
        this.objective = objective;
        this.verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A new candidate with no predictions, verdicts or attributes; its group is its id. */
    public static Candidate of(String id, Structure structure, String origin) {
        return new Candidate(id, id, structure, origin, Map.of(), Double.NaN, Map.of(), Map.of());
    }

    public String id() {
        return id;
    }

    /** The requested candidate this one is an attempt at (its own id when it is the only attempt). */
    public String group() {
        return group;
    }

    public Structure structure() {
        return structure;
    }

    /** Id of the contribution that produced (or last changed) this candidate. */
    public String origin() {
        return origin;
    }

    /** Properties predicted by the model that generated the candidate (user-facing names, physical units). */
    public Map<String, Double> predicted() {
        return predicted;
    }

    /** The value the optimizer minimised for this candidate (lower is better), NaN when none did. */
    public double objective() {
        return objective;
    }

    /** Verdicts by validator id, in the order the validators ran. */
    public Map<String, Verdict> verdicts() {
        return verdicts;
    }

    public <T> Optional<T> attribute(Attribute<T> key) {
        Object v = attributes.get(key);
        return key.type().isInstance(v) ? Optional.of(key.type().cast(v)) : Optional.empty();
    }

    /** The keys of the attributes this candidate carries (so a codec can carry them across JVMs). */
    public Set<Attribute<?>> attributeKeys() {
        return attributes.keySet();
    }

    public boolean passedAll() {
        return verdicts.values().stream().allMatch(Verdict::passed);
    }

    public Candidate withId(String newId) {
        return new Candidate(newId, group, structure, origin, predicted, objective, verdicts, attributes);
    }

    public Candidate withGroup(String newGroup) {
        return new Candidate(id, newGroup, structure, origin, predicted, objective, verdicts, attributes);
    }

    public Candidate withStructure(Structure newStructure, String newOrigin) {
        return new Candidate(id, group, newStructure, newOrigin, predicted, objective, verdicts, attributes);
    }

    public Candidate withPredicted(Map<String, Double> newPredicted) {
        return new Candidate(id, group, structure, origin, newPredicted, objective, verdicts, attributes);
    }

    public Candidate withObjective(double newObjective) {
        return new Candidate(id, group, structure, origin, predicted, newObjective, verdicts, attributes);
    }

    public Candidate withVerdict(String validatorId, Verdict verdict) {
        Map<String, Verdict> next = new LinkedHashMap<>(verdicts);
        next.put(validatorId, verdict);
        return new Candidate(id, group, structure, origin, predicted, objective, next, attributes);
    }

    public <T> Candidate withAttribute(Attribute<T> key, T value) {
        Map<Attribute<?>, Object> next = new LinkedHashMap<>(attributes);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, key.type().cast(value));
        }
        return new Candidate(id, group, structure, origin, predicted, objective, verdicts, next);
    }

    @Override
    public String toString() {
        return id + " " + structure.composition().reducedFormula() + " from " + origin;
    }
}
