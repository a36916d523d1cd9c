package org.matdesign.analysis.validators;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.novelty.DuplicateFilter;
import org.matdesign.analysis.novelty.NoveltyIndex;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;

/**
 * Fails candidates that match a structure of the reference set (by default the training split of the dataset).
 * The reduced reference set is cached per configuration, so repeated runs pay for it once.
 */
public final class NoveltyValidator implements Validator {

    public static final String ID = "novelty"; // as declared in plugin.xml

    private static final Map<String, NoveltyIndex> CACHE = new ConcurrentHashMap<>();

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Progress progress = new Progress(monitor, "Novelty", candidates.size() + 1);
        Settings s = new Settings(ID, context.settings(ID), NoveltyValidatorSettings.DEFAULTS);
        NoveltyIndex index = index(s, context);
        progress.worked(1);
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Optional<Integer> match = index.findMatch(c.structure());
            out.add(match.isEmpty() ? Verdict.pass("matches none of " + index.size() + " reference structures")
                    : new Verdict(false, match.get(), "matches reference structure #" + match.get()));
            progress.worked(1);
        }
        return out;
    }

    private static NoveltyIndex index(Settings s, RunContext context) throws CoreException {
        StructureMatcher matcher = new StructureMatcher(s.matcher());
        DuplicateFilter filter = new DuplicateFilter(s.number("volume_tol"));
        String reference = s.get("reference");
        String key = (reference.isBlank() ? context.dataDirectory() + "|" + s.get("dataset") + "|" + s.get("split")
                + "|" + s.get("seed") : reference) + "|" + matcher.settings() + "|" + filter;
        NoveltyIndex cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<Structure> refs;
        try {
            if (reference.isBlank()) {
                refs = ReferenceStructures.fromDataset(context.dataDirectory(), s.get("dataset"), s.get("split"),
                        (long) s.number("seed"));
            } else {
                Path p = Path.of(reference);
                if (!p.isAbsolute() && context.dataDirectory() != null) {
                    p = context.dataDirectory().resolve(p);
                }
                refs = ReferenceStructures.fromPath(p);
            }
        } catch (IOException | RuntimeException e) {
            throw s.error(ID + ": cannot load the reference structures: " + e.getMessage(), e);
        }
        context.log(ID + ": indexing " + refs.size() + " reference structures");
        NoveltyIndex index = new NoveltyIndex(refs, matcher, filter);
        CACHE.put(key, index);
        return index;
    }
}
