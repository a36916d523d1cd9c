package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Generator;
import org.matdesign.api.Optimizer;
import org.matdesign.api.Role;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/**
 * Calls one contribution of the pipeline (generate, optimize, validate) through {@link BoundedCall}: a contribution
 * that is missing, throws, answers garbage or runs past its time limit is reported in {@link #problems()} and the candidates go on as they were.
 * Shared by a target's {@link DesignRun} and the campaign-wide stages of a {@link Campaign}.
 */
final class Stages {

    /** Atoms closer than this are one point, not a crystal: far below any bond (structural validity wants 0.5 Å). */
    static final double COINCIDENT_ANGSTROM = 0.01;
    /** Far above any model here (24 atoms at most); beyond it the validators' pair distances alone need gigabytes. */
    static final int MAX_SITES = 2000;

    private final ContributionRegistry registry;
    private final Consumer<String> log;
    private final List<String> problems;
    private final TimeLimits limits;

    /** @param problems where problems are added (the caller's list) */
    Stages(ContributionRegistry registry, Consumer<String> log, List<String> problems, TimeLimits limits) {
        this.registry = registry;
        this.log = log;
        this.problems = problems;
        this.limits = limits;
    }

    List<String> problems() {
        return problems;
    }

    List<Candidate> generate(String id, RunContext context, IProgressMonitor monitor) {
        Optional<Generator> generator = instance(Role.GENERATOR, id, Generator.class);
        if (generator.isEmpty()) {
            return List.of();
        }
        log.accept("generating with " + id);
        int known = problems.size();
        Optional<List<Candidate>> out = BoundedCall.call("generator '" + id + "'", "generating candidates",
                limits.generatorSeconds(), monitor, m -> generator.get().generate(context, m),
                problems::add);
        if (out.isEmpty() && problems.size() == known) {
            problems.add("generator '" + id + "' returned null instead of a candidate list");
        }
        return out.map(list -> wellFormed(list, "generator '" + id + "'", context)).orElse(List.of());
    }

    List<Candidate> optimize(String id, List<Candidate> in, RunContext context, IProgressMonitor monitor) {
        Optional<Optimizer> optimizer = instance(Role.OPTIMIZER, id, Optimizer.class);
        if (optimizer.isEmpty()) {
            return in;
        }
        log.accept("optimising " + in.size() + " candidates with " + id);
        Optional<List<Candidate>> out = BoundedCall.call("optimizer '" + id + "'",
                "optimising " + in.size() + " candidates", limits.optimizerSeconds(), monitor,
                m -> optimizer.get().optimize(List.copyOf(in), context, m), problems::add);
        // A failed optimizer leaves the candidates as they were rather than losing them.
        return out.map(list -> wellFormed(list, "optimizer '" + id + "'", context)).orElse(in);
    }

    List<Candidate> validate(String id, List<Candidate> in, RunContext context, IProgressMonitor monitor) {
        Optional<Validator> validator = instance(Role.VALIDATOR, id, Validator.class);
        if (validator.isEmpty() || in.isEmpty()) {
            return in;
        }
        log.accept("validating " + in.size() + " candidates with " + id);
        Optional<List<Verdict>> verdicts = BoundedCall.call("validator '" + id + "'",
                "validating " + in.size() + " candidates", limits.validatorSeconds(), monitor,
                m -> validator.get().validate(List.copyOf(in), context, m), problems::add);
        if (verdicts.isEmpty()) {
            return in;
        }
        List<Verdict> list = verdicts.get();
        if (list.size() != in.size() || list.stream().anyMatch(Objects::isNull)) {
            problems.add("validator '" + id + "' returned " + list.size() + " verdicts (or nulls) for " + in.size()
                    + " candidates; its verdicts were ignored");
            return in;
        }
        List<Candidate> judged = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            judged.add(in.get(i).withVerdict(id, list.get(i)));
        }
        return judged;
    }

    private <T> Optional<T> instance(Role role, String id, Class<T> type) {
        Optional<Contribution> contribution = registry.find(role, id);
        if (contribution.isEmpty()) {
            problems.add("no " + role.label() + " with id '" + id + "' is installed");
            return Optional.empty();
        }
        return contribution.get().instance(type, problems::add);
    }

    /**
     * What the next stage may see of a generator's or optimizer's answer: no more candidates than the run asked for
     * ({@code count x starts}: a flood is cut, never iterated), no nulls, no crystal of more than {@value #MAX_SITES}
     * sites and none with atoms on top of each other (no validator can judge one). Crystals with non-finite numbers cannot exist: core refuses to build them.
     */
    private List<Candidate> wellFormed(List<Candidate> out, String who, RunContext context) {
        long asked = (long) context.target().count() * context.target().startsPerCandidate();
        List<Candidate> given = out;
        if (out.size() > asked) {
            problems.add(String.format(Locale.ROOT, "%s returned %,d candidates where the run asked for at most %,d"
                    + " (%d x %d starts); only the first %,d were kept", who, out.size(), asked,
                    context.target().count(), context.target().startsPerCandidate(), asked));
            given = out.subList(0, (int) asked);
        }
        List<Candidate> kept = new ArrayList<>();
        int nulls = 0;
        int oversized = 0;
        List<String> overlapping = new ArrayList<>();
        for (Candidate candidate : given) {
            if (candidate == null) {
                nulls++;
            } else if (candidate.structure().size() > MAX_SITES) {
                oversized++;
            } else if (candidate.structure().minimumDistance() < COINCIDENT_ANGSTROM) {
                overlapping.add(candidate.id());
            } else {
                kept.add(candidate);
            }
        }
        if (nulls > 0) {
            problems.add(who + " returned " + nulls + " null candidates; they were dropped");
        }
        if (oversized > 0) {
            problems.add(who + " returned " + oversized + " candidates of more than " + MAX_SITES
                    + " sites; they were dropped");
        }
        if (!overlapping.isEmpty()) {
            problems.add(who + " returned " + overlapping.size() + " candidates with atoms on top of each other"
                    + " (closer than " + COINCIDENT_ANGSTROM + " Å), e.g. " + overlapping.get(0)
                    + "; they were dropped");
        }
        return kept;
    }
}
