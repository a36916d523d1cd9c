package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.matdesign.api.Candidate;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Generator;
import org.matdesign.api.Optimizer;
import org.matdesign.api.Role;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.SafeCall;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/**
 * One design run (one target of a campaign) as an Eclipse {@link Job}: target -> generators -> optimizers ->
 * validators. Contributed code is called only through {@link SafeCall}; a contribution that throws or returns
 * garbage is reported in {@link DesignResult#problems()} and skipped, and the run goes on. Cancellation through the
 * monitor stops the run between and inside stages. Ranking and outputs belong to the {@link Campaign}.
 */
public final class DesignRun extends Job {

    private static final String PLUGIN_ID = "org.matdesign.engine";

    private final ContributionRegistry registry;
    private final DesignPlan plan;
    private final RunResources resources;
    private final Consumer<String> log;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile DesignResult result;

    /** @param resources what the run's contributions share; owned (and closed) by the caller */
    public DesignRun(ContributionRegistry registry, DesignPlan plan, RunResources resources, Consumer<String> log) {
        super("MatDesign design run");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.log = Objects.requireNonNull(log, "log");
        setUser(true);
    }

    /** The result once the job has finished without being cancelled; null before. */
    public DesignResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            result = execute(monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "design run failed: " + SafeCall.message(e), e);
        }
    }

    /** Runs the chain on the calling thread (the job's body; also usable directly by batch callers). */
    public DesignResult execute(IProgressMonitor monitor) {
        int stages = plan.generators().size() + plan.optimizers().size() + plan.validators().size();
        SubMonitor progress = SubMonitor.convert(monitor, "Design run", stages * 100);
        RunContext context = context();
        List<Candidate> candidates = new ArrayList<>();
        for (String id : plan.generators()) {
            candidates.addAll(generate(id, context, progress.split(100)));
        }
        for (String id : plan.optimizers()) {
            candidates = optimize(id, candidates, context, progress.split(100));
        }
        for (String id : plan.validators()) {
            candidates = validate(id, candidates, context, progress.split(100));
        }
        return new DesignResult(candidates, problems);
    }

    /** The context every contribution of this run sees. */
    RunContext context() {
        return new RunContext(plan.target(), plan.settings(), plan.dataDirectory(), resources, plan.trainingSet(), log);
    }

    /**
     * Runs one validator over {@code in} (a campaign-wide one over all targets' candidates); its verdicts are added to
     * the candidates, or, when it fails or answers garbage, the problem is reported and the candidates stay as they were.
     */
    List<Candidate> validateAll(String id, List<Candidate> in, IProgressMonitor monitor) {
        return validate(id, in, context(), monitor);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private List<Candidate> generate(String id, RunContext context, IProgressMonitor monitor) {
        Optional<Generator> generator = instance(Role.GENERATOR, id, Generator.class);
        if (generator.isEmpty()) {
            return List.of();
        }
        log.accept("generating with " + id);
        int known = problems.size();
        Optional<List<Candidate>> out = SafeCall.call("generator '" + id + "'",
                () -> generator.get().generate(context, monitor), problems::add);
        if (out.isEmpty() && problems.size() == known) {
            problems.add("generator '" + id + "' returned null instead of a candidate list");
        }
        return out.map(list -> wellFormed(list, "generator '" + id + "'")).orElse(List.of());
    }

    private List<Candidate> optimize(String id, List<Candidate> in, RunContext context, IProgressMonitor monitor) {
        Optional<Optimizer> optimizer = instance(Role.OPTIMIZER, id, Optimizer.class);
        if (optimizer.isEmpty()) {
            return in;
        }
        log.accept("optimising " + in.size() + " candidates with " + id);
        Optional<List<Candidate>> out = SafeCall.call("optimizer '" + id + "'",
                () -> optimizer.get().optimize(List.copyOf(in), context, monitor), problems::add);
        // A failed optimizer leaves the candidates as they were rather than losing them.
        return out.map(list -> wellFormed(list, "optimizer '" + id + "'")).orElse(in);
    }

    private List<Candidate> validate(String id, List<Candidate> in, RunContext context, IProgressMonitor monitor) {
        Optional<Validator> validator = instance(Role.VALIDATOR, id, Validator.class);
        if (validator.isEmpty() || in.isEmpty()) {
            return in;
        }
        log.accept("validating " + in.size() + " candidates with " + id);
        Optional<List<Verdict>> verdicts = SafeCall.call("validator '" + id + "'",
                () -> validator.get().validate(List.copyOf(in), context, monitor), problems::add);
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

    /** Drops null entries, so one contribution's garbage never reaches the next stage. */
    private List<Candidate> wellFormed(List<Candidate> out, String who) {
        List<Candidate> kept = new ArrayList<>();
        int dropped = 0;
        for (Candidate candidate : out) {
            if (candidate == null) {
                dropped++;
            } else {
                kept.add(candidate);
            }
        }
        if (dropped > 0) {
            problems.add(who + " returned " + dropped + " null candidates; they were dropped");
        }
        return kept;
    }
}
