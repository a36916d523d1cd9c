package org.matdesign.analysis.validators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.analysis.novelty.DuplicateFilter;
import org.matdesign.analysis.novelty.NoveltyIndex;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;

/**
 * Fails candidates that match a structure of the reference set: by default the structures the generator's model was
 * trained on (no data folder needed when the model bundle ships them), otherwise a file or folder. The index is built
 * once per campaign and reference (a campaign resource, released when the campaign ends).
 */
public final class NoveltyValidator implements Validator {

    public static final String ID = "novelty"; // as declared in plugin.xml

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
            throws CoreException {
        Progress progress = new Progress(monitor, "Novelty", candidates.size() + 1);
        Settings s = context.settings(ID);
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
        StructureMatcher matcher = MatcherSettingsSchema.matcher(s);
        DuplicateFilter filter = MatcherSettingsSchema.filter(s);
        String reference = s.getString("reference");
        try {
            return context.shared(ID + "|" + reference + "|" + s.values(), NoveltyIndex.class, () -> {
                List<Structure> refs = references(reference, context);
                context.log(ID + ": indexing " + refs.size() + " reference structures");
                return new NoveltyIndex(refs, matcher, filter);
            });
        } catch (CoreException e) {
            throw e;
        } catch (Exception e) {
            throw MatcherSettingsSchema.error(ID + ": cannot load the reference structures: " + e.getMessage(), e);
        }
    }

    private static List<Structure> references(String reference, RunContext context) throws Exception {
        if (reference.isBlank()) {
            TrainingSet training = context.trainingSet().orElseThrow(() -> new IllegalArgumentException(
                    "the generator does not tell the structures its model was trained on; set 'reference' to a CSV"
                            + " with a cif column or a folder of structure files"));
            context.record(ID + ".reference", training.description());
            return training.structures();
        }
        Path p = Path.of(reference);
        if (!p.isAbsolute() && context.dataDirectory() != null) {
            p = context.dataDirectory().resolve(p);
        }
        context.record(ID + ".reference", p.toString());
        return ReferenceStructures.fromPath(p);
    }
}
