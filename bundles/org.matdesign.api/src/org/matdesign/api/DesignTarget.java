package org.matdesign.api;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the user asks for in one design run: target properties (user-facing names such as {@code band_gap}, in the
 * units the property catalogue states; each a value or a range with a tolerance), element constraints (symbols; an
 * empty allowed set means any element), how many candidates, how many optimisation starts per candidate, the random
 * seed, and the known crystals to design from (none: from scratch; candidate {@code c} starts from seed
 * {@code c mod seeds}). Generators should honour the element constraints where they can; the engine checks them
 * either way. Only a generator that says it {@link Generator#designsFromSeeds() designs from seeds} is given seeds.
 */
public record DesignTarget(List<PropertyTarget> targets, Set<String> allowedElements, Set<String> excludedElements,
        int count, int startsPerCandidate, long seed, List<SeedStructure> seeds) {

    public DesignTarget {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
        if (startsPerCandidate <= 0) {
            throw new IllegalArgumentException("starts per candidate must be positive, got " + startsPerCandidate);
        }
        targets = List.copyOf(targets);
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        // Sorted: Set.copyOf would iterate in an order that changes from JVM to JVM.
        allowedElements = Collections.unmodifiableSortedSet(
                new TreeSet<>(allowedElements == null ? Set.of() : allowedElements));
        excludedElements = Collections.unmodifiableSortedSet(
                new TreeSet<>(excludedElements == null ? Set.of() : excludedElements));
        for (String e : allowedElements) {
            if (excludedElements.contains(e)) {
                throw new IllegalArgumentException("element " + e + " is both allowed and excluded");
            }
        }
    }

    /** A target designed from scratch (no seed structures). */
    public DesignTarget(List<PropertyTarget> targets, Set<String> allowedElements, Set<String> excludedElements,
            int count, int startsPerCandidate, long seed) {
        this(targets, allowedElements, excludedElements, count, startsPerCandidate, seed, List.of());
    }

    /** Point targets, no element constraints (tests and simple callers). */
    public static DesignTarget of(Map<String, Double> values, int count, int startsPerCandidate, long seed) {
        List<PropertyTarget> list = values.entrySet().stream()
                .map(e -> PropertyTarget.value(e.getKey(), e.getValue(), 0)).toList();
        return new DesignTarget(list, Set.of(), Set.of(), count, startsPerCandidate, seed);
    }

    /** The value aimed at per property (the middle of a range), in target order. */
    public Map<String, Double> properties() {
        Map<String, Double> map = new LinkedHashMap<>();
        targets.forEach(t -> map.put(t.name(), t.value()));
        return map;
    }

    public Optional<PropertyTarget> target(String property) {
        return targets.stream().filter(t -> t.name().equals(property)).findFirst();
    }

    /** Whether a crystal made of these element symbols meets the element constraints. */
    public boolean elementsAllowed(Set<String> symbols) {
        for (String s : symbols) {
            if (excludedElements.contains(s) || (!allowedElements.isEmpty() && !allowedElements.contains(s))) {
                return false;
            }
        }
        return true;
    }

    /** The seed candidate {@code c} starts from; empty when the design starts from scratch. */
    public Optional<SeedStructure> seedOf(int candidate) {
        return seeds.isEmpty() ? Optional.empty() : Optional.of(seeds.get(Math.floorMod(candidate, seeds.size())));
    }

    public boolean hasElementConstraints() {
        return !allowedElements.isEmpty() || !excludedElements.isEmpty();
    }
}
