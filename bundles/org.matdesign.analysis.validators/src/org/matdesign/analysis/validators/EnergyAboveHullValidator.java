package org.matdesign.analysis.validators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.hull.PhaseDiagram;
import org.matdesign.analysis.hull.PhaseEntry;
import org.matdesign.analysis.io.Csv;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Settings;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Composition;

/**
 * Energy above the convex hull of given reference entries, using the candidate's predicted total energy per atom;
 * passes when it is at most max_e_above_hull. Candidates without that prediction, or with elements the entries do
 * not cover, fail with a detail saying why. Value = energy above hull in eV/atom.
 */
public final class EnergyAboveHullValidator implements Validator {

    public static final String ID = "e_above_hull"; // as declared in plugin.xml

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Progress progress = new Progress(monitor, "Energy above hull", candidates.size() + 1);
        Settings s = context.settings(ID);
        PhaseDiagram diagram = new PhaseDiagram(entries(s, context));
        double max = s.getDouble("max_e_above_hull");
        String key = s.getString("energy_key");
        progress.worked(1);
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Double energy = c.predicted().get(key);
            Composition comp = c.structure().composition();
            if (energy == null || !Double.isFinite(energy)) {
                out.add(Verdict.fail("no predicted '" + key + "' for " + comp.reducedFormula()));
            } else {
                try {
                    double e = diagram.eAboveHull(comp, energy);
                    out.add(new Verdict(e <= max, e, String.format(Locale.ROOT, "%.3f eV/atom above hull", e)));
                } catch (IllegalArgumentException ex) {
                    out.add(Verdict.fail(ex.getMessage()));
                }
            }
            progress.worked(1);
        }
        return out;
    }

    private static List<PhaseEntry> entries(Settings s, RunContext context) throws CoreException {
        String file = s.getString("entries");
        if (file.isBlank()) {
            throw MatcherSettingsSchema.error(ID + ": setting 'entries' (a CSV with formula,energy_per_atom) is required", null);
        }
        Path p = Path.of(file);
        if (!p.isAbsolute() && context.dataDirectory() != null) {
            p = context.dataDirectory().resolve(p);
        }
        List<PhaseEntry> entries = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            int n = 1;
            for (Map<String, String> row : Csv.read(r, p.toString())) {
                n++;
                String formula = row.get("formula");
                String energy = row.get("energy_per_atom");
                if (formula == null || energy == null) {
                    throw MatcherSettingsSchema.error(p + ": needs columns formula and energy_per_atom", null);
                }
                try {
                    entries.add(new PhaseEntry(formula, Composition.parse(formula), Double.parseDouble(energy)));
                } catch (IllegalArgumentException e) {
                    throw MatcherSettingsSchema.error(p + " record " + n + ": " + e.getMessage(), e);
                }
            }
            return entries;
        } catch (IOException | IllegalArgumentException e) {
            throw MatcherSettingsSchema.error(ID + ": cannot read entries " + p + ": " + e.getMessage(), e);
        }
    }
}
