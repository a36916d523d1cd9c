package org.matdesign.analysis.novelty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.matdesign.analysis.match.ReducedStructure;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.core.Structure;

/**
 * Answers "does this structure already exist in the reference set?" (e.g. a training split). References are reduced
 * once (in parallel) and bucketed by composition; within a bucket they are sorted by volume per atom so only the
 * window allowed by the {@link DuplicateFilter} reaches the matcher. Thread-safe for queries.
 */
public final class NoveltyIndex {

    private final StructureMatcher matcher;
    private final DuplicateFilter filter;
    private final List<ReducedStructure> references;
    private final Map<String, List<Integer>> buckets = new HashMap<>();

    public NoveltyIndex(List<Structure> references, StructureMatcher matcher, DuplicateFilter filter) {
        this.matcher = matcher;
        this.filter = filter;
        this.references = IntStream.range(0, references.size()).parallel()
                .mapToObj(i -> matcher.reduce(references.get(i))).toList();
        for (int i = 0; i < this.references.size(); i++) {
            buckets.computeIfAbsent(this.references.get(i).compositionKey(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> bucket : buckets.values()) {
            bucket.sort(Comparator.comparingDouble(i -> this.references.get(i).volumePerAtom()));
        }
    }

    public NoveltyIndex(List<Structure> references) {
        this(references, new StructureMatcher(), DuplicateFilter.defaults());
    }

    public int size() {
        return references.size();
    }

    /** Index (in the reference list) of a reference matching the structure, if any. */
    public Optional<Integer> findMatch(Structure structure) {
        return findMatch(matcher.reduce(structure));
    }

    public Optional<Integer> findMatch(ReducedStructure query) {
        List<Integer> bucket = buckets.get(query.compositionKey());
        if (bucket == null) {
            return Optional.empty();
        }
        double v = query.volumePerAtom();
        double lowest = v / (1 + filter.volumeTolerance());
        int start = firstAtLeast(bucket, lowest);
        for (int k = start; k < bucket.size(); k++) {
            ReducedStructure ref = references.get(bucket.get(k));
            if (ref.volumePerAtom() > v * (1 + filter.volumeTolerance())) {
                break;
            }
            if (filter.mayMatch(query, ref, matcher) && matcher.fit(query, ref)) {
                return Optional.of(bucket.get(k));
            }
        }
        return Optional.empty();
    }

    public boolean isNovel(Structure structure) {
        return findMatch(structure).isEmpty();
    }

    /** Novelty flags for many structures, computed in parallel. */
    public boolean[] novel(List<Structure> structures) {
        boolean[] out = new boolean[structures.size()];
        IntStream.range(0, structures.size()).parallel().forEach(i -> out[i] = isNovel(structures.get(i)));
        return out;
    }

    private int firstAtLeast(List<Integer> bucket, double volume) {
        int lo = 0;
        int hi = bucket.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (references.get(bucket.get(mid)).volumePerAtom() < volume) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
