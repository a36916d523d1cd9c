package org.matdesign.analysis.novelty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.matdesign.analysis.match.ReducedStructure;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.core.Structure;

/**
 * Uniqueness within a set: structures are processed in order and a structure is unique when it matches none of the
 * unique structures seen before it (the greedy rule of pymatgen's group_structures), with the {@link DuplicateFilter}
 * in front of the matcher. Also usable incrementally via {@link #addIfUnique(Structure)}.
 */
public final class UniquenessIndex {

    private final StructureMatcher matcher;
    private final DuplicateFilter filter;
    /** Unique structures so far, bucketed by composition key. */
    private final Map<String, List<ReducedStructure>> representatives = new HashMap<>();
    private int count;

    public UniquenessIndex(StructureMatcher matcher, DuplicateFilter filter) {
        this.matcher = matcher;
        this.filter = filter;
    }

    public UniquenessIndex() {
        this(new StructureMatcher(), DuplicateFilter.defaults());
    }

    /** Adds the structure when it duplicates no earlier unique one; returns whether it was unique. */
    public synchronized boolean addIfUnique(Structure structure) {
        return addIfUnique(matcher.reduce(structure));
    }

    synchronized boolean addIfUnique(ReducedStructure reduced) {
        List<ReducedStructure> bucket = representatives.computeIfAbsent(reduced.compositionKey(), k -> new ArrayList<>());
        for (ReducedStructure r : bucket) {
            if (filter.mayMatch(reduced, r, matcher) && matcher.fit(r, reduced)) {
                return false;
            }
        }
        bucket.add(reduced);
        count++;
        return true;
    }

    public synchronized int uniqueCount() {
        return count;
    }

    /**
     * Flags for a whole set (true = first of its duplicate group). Reductions run in parallel; the greedy pass is
     * sequential so the result does not depend on thread timing.
     */
    public static boolean[] uniqueFlags(List<Structure> structures, StructureMatcher matcher, DuplicateFilter filter) {
        List<ReducedStructure> reduced = IntStream.range(0, structures.size()).parallel()
                .mapToObj(i -> matcher.reduce(structures.get(i))).toList();
        UniquenessIndex index = new UniquenessIndex(matcher, filter);
        boolean[] out = new boolean[structures.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.addIfUnique(reduced.get(i));
        }
        return out;
    }

    /** Fraction of structures that are unique (0 for an empty list). */
    public static double uniqueness(List<Structure> structures, StructureMatcher matcher, DuplicateFilter filter) {
        boolean[] flags = uniqueFlags(structures, matcher, filter);
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return flags.length == 0 ? 0 : (double) n / flags.length;
    }
}
