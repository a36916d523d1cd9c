package org.matdesign.cli.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.matdesign.analysis.novelty.NoveltyIndex;
import org.matdesign.analysis.novelty.UniquenessIndex;
import org.matdesign.analysis.validity.ChargeNeutrality;
import org.matdesign.analysis.validity.StructuralValidity;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.models.meidnet.screening.TrainingReferences;

/**
 * Fallback versions of the analysis validators (CDVAE's structural and compositional validity, uniqueness with the
 * structure matcher, novelty against the Perov-5 training split), used only when no installed contribution has the id.
 */
final class BuiltinValidators {

    static final String STRUCTURAL = "structural_validity";
    static final String CHARGE = "charge_neutrality";
    static final String UNIQUENESS = "uniqueness";
    static final String NOVELTY = "novelty";

    private BuiltinValidators() {
    }

    static final class Structural implements Validator {
        @Override
        public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
            double min = number(context, STRUCTURAL, "min_distance", StructuralValidity.MIN_DISTANCE);
            List<Verdict> out = new ArrayList<>();
            for (Candidate c : candidates) {
                StructuralValidity.Result r = StructuralValidity.check(c.structure());
                boolean ok = r.minDistance() >= min && r.volume() >= StructuralValidity.MIN_VOLUME;
                out.add(new Verdict(ok, r.minDistance(), String.format(Locale.ROOT,
                        "minimum distance %.3f A (limit %.2f), volume %.2f A^3", r.minDistance(), min, r.volume())));
            }
            return out;
        }
    }

    static final class Charge implements Validator {
        @Override
        public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
            List<Verdict> out = new ArrayList<>();
            for (Candidate c : candidates) {
                boolean ok = ChargeNeutrality.isValid(c.structure());
                out.add(ok ? Verdict.pass("a neutral oxidation-state assignment exists (SMACT)")
                        : Verdict.fail("no neutral oxidation-state assignment passes SMACT's test"));
            }
            return out;
        }
    }

    static final class Uniqueness implements Validator {
        @Override
        public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
            List<Structure> structures = candidates.stream().map(Candidate::structure).toList();
            UniquenessIndex index = new UniquenessIndex();
            List<Verdict> out = new ArrayList<>();
            for (Structure s : structures) {
                out.add(index.addIfUnique(s) ? Verdict.pass("matches no earlier candidate")
                        : Verdict.fail("duplicate of an earlier candidate (structure matcher)"));
            }
            return out;
        }
    }

    static final class Novelty implements Validator {
        @Override
        public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor)
                throws CoreException {
            List<DatasetRow> train;
            try {
                String seed = context.settings(NOVELTY).get("split_seed");
                train = TrainingReferences.train(context.dataDirectory(),
                        seed == null ? TrainingReferences.DEFAULT_SPLIT_SEED : (long) Double.parseDouble(seed));
            } catch (RuntimeException e) {
                throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.cli", NOVELTY + ": " + e.getMessage(), e));
            }
            NoveltyIndex index = NoveltyIndexCache.of(train);
            boolean[] novel = index.novel(candidates.stream().map(Candidate::structure).toList());
            List<Verdict> out = new ArrayList<>();
            for (int i = 0; i < novel.length; i++) {
                out.add(novel[i] ? Verdict.pass("matches none of " + index.size() + " training crystals")
                        : Verdict.fail("matches a training crystal"));
            }
            return out;
        }
    }

    /** The novelty index is costly to build (every reference is reduced), so one per reference list. */
    static final class NoveltyIndexCache {
        private static List<DatasetRow> rows;
        private static NoveltyIndex index;

        static synchronized NoveltyIndex of(List<DatasetRow> train) {
            if (rows != train) {
                index = new NoveltyIndex(train.stream().map(DatasetRow::structure).toList());
                rows = train;
            }
            return index;
        }
    }

    private static double number(RunContext context, String id, String key, double fallback) {
        String s = context.settings(id).get(key);
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(id + ": setting " + key + " must be a number, got '" + s + "'");
        }
    }
}
