package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matdesign.analysis.hull.PhaseDiagram;
import org.matdesign.analysis.hull.PhaseEntry;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Composition;
import org.matdesign.core.Element;

/**
 * Energy above the convex hull of reference formation energies, for a predicted formation energy. References are the
 * training set's (composition, formation energy) pairs; every element gets a reference at 0 eV/atom, since the values
 * are formation energies already. Only references whose elements are a subset of the query's can lie on the hull at
 * its composition, so each query builds a small phase diagram of those. An estimate: the references are the model's
 * training crystals, not all known phases.
 */
public final class HullEstimator {

    private final Map<Set<Element>, List<PhaseEntry>> byElements = new HashMap<>();
    private final int size;

    public HullEstimator(TrainingSet references, String property) {
        int n = 0;
        for (int i = 0; i < references.size(); i++) {
            double e = references.value(property, i);
            if (!Double.isFinite(e)) {
                continue;
            }
            Composition c = references.structures().get(i).composition();
            byElements.computeIfAbsent(Set.copyOf(c.elements()), k -> new ArrayList<>())
                    .add(new PhaseEntry("ref" + i, c, e));
            n++;
        }
        size = n;
    }

    public int size() {
        return size;
    }

    /** Predicted formation energy (eV/atom) minus the hull at this composition, eV/atom. */
    public double eAboveHull(Composition composition, double formationEnergyPerAtom) {
        Set<Element> elements = Set.copyOf(composition.elements());
        List<PhaseEntry> entries = new ArrayList<>();
        for (Element el : elements) {
            entries.add(new PhaseEntry(el.symbol(), Composition.of(Map.of(el, 1.0)), 0.0));
        }
        for (Map.Entry<Set<Element>, List<PhaseEntry>> e : byElements.entrySet()) {
            if (elements.containsAll(e.getKey())) {
                entries.addAll(e.getValue());
            }
        }
        return new PhaseDiagram(entries).eAboveHull(composition, formationEnergyPerAtom);
    }
}
