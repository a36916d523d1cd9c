package org.matdesign.analysis.validators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.SeedStructure;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Composition;
import org.matdesign.core.Element;
import org.matdesign.core.Structure;

/**
 * Reports how far each candidate moved from the seed structure it was designed from: the StructureMatcher RMS (in
 * units of (V/N)^(1/3), species compared), the framework RMS (species ignored, so a substitution still aligns), and
 * the composition change. A report, not a screen: every candidate passes. Its value is the species RMS where the
 * compositions agree, else the framework RMS, NaN when no alignment lies within the matcher's stol.
 */
public final class SeedSimilarityValidator implements Validator {

    public static final String ID = "seed_similarity"; // as declared in plugin.xml

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Progress progress = new Progress(monitor, "Similarity to the seeds", candidates.size());
        StructureMatcher matcher = MatcherSettingsSchema.matcher(context.settings(ID));
        Map<String, Structure> seeds = new LinkedHashMap<>();
        context.target().seeds().forEach(s -> seeds.put(s.name(), s.structure()));
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            String name = c.attribute(SeedStructure.OF_CANDIDATE).orElse(seeds.size() == 1
                    ? seeds.keySet().iterator().next() : null);
            Structure seed = name == null ? null : seeds.get(name);
            out.add(seed == null ? Verdict.pass("designed from no seed") : compare(matcher, name, seed, c.structure()));
            progress.worked(1);
        }
        return out;
    }

    static Verdict compare(StructureMatcher matcher, String name, Structure seed, Structure candidate) {
        OptionalDouble species = matcher.rms(seed, candidate);
        OptionalDouble framework = matcher.frameworkRms(seed, candidate);
        String change = change(seed.composition(), candidate.composition());
        String detail = String.format(Locale.ROOT, "from seed '%s': %s; RMS %s, framework RMS %s", name, change,
                text(species), text(framework));
        double value = species.isPresent() ? species.getAsDouble() : framework.orElse(Double.NaN);
        return new Verdict(true, value, detail);
    }

    /** "same composition (SrTiO3)" or "SrTiO3 -> BaTiO3 (-Sr +Ba)". */
    static String change(Composition seed, Composition candidate) {
        if (seed.reducedFormula().equals(candidate.reducedFormula())) {
            return "same composition (" + seed.reducedFormula() + ")";
        }
        TreeSet<String> lost = symbols(seed);
        lost.removeAll(symbols(candidate));
        TreeSet<String> gained = symbols(candidate);
        gained.removeAll(symbols(seed));
        List<String> parts = new ArrayList<>();
        lost.forEach(e -> parts.add("-" + e));
        gained.forEach(e -> parts.add("+" + e));
        return seed.reducedFormula() + " -> " + candidate.reducedFormula() + " ("
                + (parts.isEmpty() ? "same elements, other ratio" : String.join(" ", parts)) + ")";
    }

    private static TreeSet<String> symbols(Composition c) {
        TreeSet<String> out = new TreeSet<>();
        for (Element e : c.elements()) {
            out.add(e.symbol());
        }
        return out;
    }

    private static String text(OptionalDouble rms) {
        return rms.isPresent() ? String.format(Locale.ROOT, "%.3f", rms.getAsDouble()) : "no match within stol";
    }
}
