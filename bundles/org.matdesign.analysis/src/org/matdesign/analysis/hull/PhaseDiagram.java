package org.matdesign.analysis.hull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.matdesign.core.Composition;
import org.matdesign.core.Element;

/**
 * Convex hull of formation energy over composition space, in any number of elements. Elemental references are the
 * lowest-energy single-element entries. The hull energy at a composition x is the minimum of sum_k l_k f_k over
 * l &gt;= 0 with sum_k l_k x_k = x (f_k: formation energy per atom, x_k: atomic fractions of entry k), a small linear
 * program; the energy above hull is the formation energy minus that minimum. It is 0 for every hull vertex and
 * negative for a phase below the current hull.
 */
public final class PhaseDiagram {

    /** Values this close to zero are reported as 0 (LP round-off). */
    private static final double ZERO = 1e-9;

    private final List<PhaseEntry> entries;
    private final Map<Element, Double> references = new LinkedHashMap<>();
    private final double[] formation;

    public PhaseDiagram(List<PhaseEntry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a phase diagram needs at least one entry");
        }
        this.entries = List.copyOf(entries);
        Set<Element> elements = new TreeSet<>();
        for (PhaseEntry e : this.entries) {
            elements.addAll(e.composition().elements());
            if (e.composition().elements().size() == 1) {
                references.merge(e.composition().elements().get(0), e.energyPerAtom(), Math::min);
            }
        }
        for (Element el : elements) {
            if (!references.containsKey(el)) {
                throw new IllegalArgumentException("no elemental reference entry for " + el.symbol()
                        + " (every element of the entries needs a single-element entry)");
            }
        }
        formation = new double[this.entries.size()];
        for (int k = 0; k < formation.length; k++) {
            PhaseEntry e = this.entries.get(k);
            formation[k] = formationEnergyPerAtom(e.composition(), e.energyPerAtom());
        }
    }

    public List<PhaseEntry> entries() {
        return entries;
    }

    /** Energy per atom of each element's reference (lowest single-element entry). */
    public Map<Element, Double> elementalReferences() {
        return Map.copyOf(references);
    }

    public double formationEnergyPerAtom(Composition composition, double energyPerAtom) {
        double ref = 0;
        for (Element el : composition.elements()) {
            Double mu = references.get(el);
            if (mu == null) {
                throw new IllegalArgumentException("element " + el.symbol() + " of " + composition.reducedFormula()
                        + " is not in this phase diagram");
            }
            ref += composition.fraction(el) * mu;
        }
        return energyPerAtom - ref;
    }

    /** Formation energy per atom of the hull at this composition. */
    public double hullFormationEnergy(Composition composition) {
        return solve(composition).energy;
    }

    public double eAboveHull(Composition composition, double energyPerAtom) {
        double e = formationEnergyPerAtom(composition, energyPerAtom) - hullFormationEnergy(composition);
        return Math.abs(e) < ZERO ? 0 : e;
    }

    public double eAboveHull(PhaseEntry entry) {
        return eAboveHull(entry.composition(), entry.energyPerAtom());
    }

    /** The hull phases a composition decomposes into, with their atomic fractions (summing to 1). */
    public Map<PhaseEntry, Double> decomposition(Composition composition) {
        Solution s = solve(composition);
        Map<PhaseEntry, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < s.candidates.size(); i++) {
            if (s.weights[i] > ZERO) {
                out.put(s.candidates.get(i), s.weights[i]);
            }
        }
        return out;
    }

    /** Entries on the hull (energy above hull 0), in input order. */
    public List<PhaseEntry> stableEntries() {
        List<PhaseEntry> out = new ArrayList<>();
        for (PhaseEntry e : entries) {
            if (eAboveHull(e) <= ZERO) {
                out.add(e);
            }
        }
        return out;
    }

    private record Solution(double energy, List<PhaseEntry> candidates, double[] weights) {
    }

    private Solution solve(Composition composition) {
        List<Element> els = composition.elements();
        for (Element el : els) {
            if (!references.containsKey(el)) {
                throw new IllegalArgumentException("element " + el.symbol() + " of " + composition.reducedFormula()
                        + " is not in this phase diagram");
            }
        }
        // only entries inside the composition's chemical system can take part (weights are non-negative)
        List<PhaseEntry> candidates = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            if (els.containsAll(entries.get(k).composition().elements())) {
                candidates.add(entries.get(k));
                costs.add(formation[k]);
            }
        }
        int m = els.size();
        double[][] a = new double[m][candidates.size()];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = composition.fraction(els.get(i));
            for (int k = 0; k < candidates.size(); k++) {
                a[i][k] = candidates.get(k).composition().fraction(els.get(i));
            }
        }
        double[] c = new double[candidates.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = costs.get(k);
        }
        double[] x = LinearProgram.minimize(a, b, c);
        if (x == null) {
            throw new IllegalStateException("no combination of entries reaches " + composition.reducedFormula());
        }
        double energy = 0;
        for (int k = 0; k < c.length; k++) {
            energy += x[k] * c[k];
        }
        return new Solution(energy, candidates, x);
    }
}
