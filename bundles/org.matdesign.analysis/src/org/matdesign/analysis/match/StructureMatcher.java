package org.matdesign.analysis.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.matdesign.core.Element;
import org.matdesign.core.Mat3;
import org.matdesign.core.NiggliReduction;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * Decides whether two crystal structures are the same, with the semantics of pymatgen's StructureMatcher
 * (SpeciesComparator, allow_subset false): both structures are Niggli-reduced and optionally reduced to primitive
 * cells (tolerance 0.25 Angstrom), optionally scaled to the same volume, then every basis of one lattice within ltol
 * and angleTol of the other is tried with every translation of a rarest-species site, and sites are paired by an
 * optimal assignment of minimum-image distances on the averaged lattice. Distances are normalised by (V/N)^(1/3).
 *
 * <p>{@link #fit} accepts when some alignment has all normalised distances within stol; {@link #rms} returns the
 * smallest normalised rms over all alignments when it is below stol. Thread-safe; for many comparisons prepare each
 * structure once with {@link #reduce(Structure)}.
 */
public final class StructureMatcher {

    /** pymatgen's get_primitive_structure tolerance as StructureMatcher uses it, in Angstrom. */
    public static final double PRIMITIVE_TOLERANCE = 0.25;

    private final MatcherSettings settings;
    private final SiteAlignment alignment;
    private final PrimitiveCellFinder primitiveFinder = new PrimitiveCellFinder(PRIMITIVE_TOLERANCE);

    public StructureMatcher() {
        this(MatcherSettings.defaults());
    }

    public StructureMatcher(MatcherSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.alignment = new SiteAlignment(settings);
    }

    public MatcherSettings settings() {
        return settings;
    }

    /** Niggli (and, with primitiveCell, primitive) reduction done once, reusable for any number of comparisons. */
    public ReducedStructure reduce(Structure structure) {
        Objects.requireNonNull(structure, "structure");
        Cell cell = ReducedStructure.toCell(structure);
        return new ReducedStructure(reduceCell(cell), settings.primitiveCell(),
                ReducedStructure.compositionKey(cell.species), cell.size(), cell.volume() / cell.size());
    }

    Cell reduceCell(Cell cell) {
        Cell reduced = cell.inLattice(NiggliReduction.reduceLikePymatgen(cell.lattice));
        if (settings.primitiveCell()) {
            reduced = primitiveFinder.find(reduced);
        }
        return reduced;
    }

    public boolean fit(Structure a, Structure b) {
        return fit(reduce(a), reduce(b));
    }

    public boolean fit(ReducedStructure a, ReducedStructure b) {
        checkCompatible(a);
        checkCompatible(b);
        if (!a.compositionKey().equals(b.compositionKey())) {
            return false;
        }
        double value = match(a.cell, b.cell, false, true);
        return !Double.isNaN(value) && value <= settings.stol();
    }

    /** Normalised rms displacement of the best alignment (pymatgen get_rms_dist[0]); empty when none is within stol. */
    public OptionalDouble rms(Structure a, Structure b) {
        return rms(reduce(a), reduce(b));
    }

    public OptionalDouble rms(ReducedStructure a, ReducedStructure b) {
        checkCompatible(a);
        checkCompatible(b);
        if (!a.compositionKey().equals(b.compositionKey())) {
            return OptionalDouble.empty();
        }
        double value = match(a.cell, b.cell, true, false);
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * {@link #rms} with every site's species ignored, as pymatgen's FrameworkComparator compares: how far one crystal's
     * arrangement of sites is from the other's, whatever the elements on them (a substitution keeps its framework).
     */
    public OptionalDouble frameworkRms(Structure a, Structure b) {
        return rms(framework(a), framework(b));
    }

    /** The structure with one element on every site. */
    private static Structure framework(Structure s) {
        List<Site> sites = new ArrayList<>(s.size());
        Species one = Species.of(Element.of("H"));
        for (Site site : s.sites()) {
            sites.add(new Site(one, site.frac()));
        }
        return new Structure(s.lattice(), sites);
    }

    /**
     * Groups structures into sets of mutual duplicates like pymatgen's group_structures: structures are bucketed by
     * composition, then each bucket is split greedily (the first unmatched structure collects everything that fits
     * it). Groups are listed in order of their first member; indices refer to the input list.
     */
    public List<List<Integer>> group(List<Structure> structures) {
        List<ReducedStructure> reduced = new ArrayList<>(structures.size());
        for (Structure s : structures) {
            reduced.add(reduce(s));
        }
        return groupReduced(reduced);
    }

    public List<List<Integer>> groupReduced(List<ReducedStructure> reduced) {
        Map<String, List<Integer>> buckets = new LinkedHashMap<>();
        for (int i = 0; i < reduced.size(); i++) {
            buckets.computeIfAbsent(reduced.get(i).compositionKey(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            List<Integer> unmatched = new ArrayList<>(bucket);
            while (!unmatched.isEmpty()) {
                int ref = unmatched.remove(0);
                List<Integer> group = new ArrayList<>();
                group.add(ref);
                List<Integer> rest = new ArrayList<>();
                for (int other : unmatched) {
                    if (fit(reduced.get(ref), reduced.get(other))) {
                        group.add(other);
                    } else {
                        rest.add(other);
                    }
                }
                unmatched = rest;
                groups.add(group);
            }
        }
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }

    /** pymatgen _preprocess (scaling, supercell size) followed by _match. */
    private double match(Cell c1, Cell c2, boolean useRms, boolean stopAtFirst) {
        int fu = 1;
        boolean s1Supercell = true;
        if (settings.attemptSupercell()) {
            double ratio = (double) c2.size() / c1.size();
            if (ratio < 2.0 / 3.0) {
                fu = (int) Math.round(1 / ratio);
                s1Supercell = false;
            } else {
                fu = (int) Math.round(ratio);
            }
        }
        Cell s1 = c1;
        Cell s2 = c2;
        if (settings.scale()) {
            double mult = s1Supercell ? fu : 1.0 / fu;
            double ratio = Math.pow(s2.volume() / (s1.volume() * mult), 1.0 / 6.0);
            s1 = s1.withLattice(Mat3.scale(s1.lattice, ratio));
            s2 = s2.withLattice(Mat3.scale(s2.lattice, 1 / ratio));
        }
        double sizeRatio = s1Supercell ? fu : 1.0 / fu;
        if (s1.size() * sizeRatio >= s2.size()) {
            return alignment.match(s1, s2, fu, s1Supercell, useRms, stopAtFirst);
        }
        return alignment.match(s2, s1, fu, !s1Supercell, useRms, stopAtFirst);
    }

    private void checkCompatible(ReducedStructure r) {
        if (r.primitive != settings.primitiveCell()) {
            throw new IllegalArgumentException("structure was reduced with primitive_cell=" + r.primitive
                    + " but this matcher uses primitive_cell=" + settings.primitiveCell());
        }
    }
}
