package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.matdesign.api.Candidate;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.SafeCall;

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
    private volatile BiConsumer<String, List<Candidate>> stageDone = (stage, candidates) -> { };
    private volatile TimeLimits limits = TimeLimits.DEFAULT;
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

    /** Hears the candidates after each stage (called on the run's thread, through {@link SafeCall}). */
    public DesignRun onStageDone(BiConsumer<String, List<Candidate>> listener) {
        this.stageDone = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** How long each call into a contribution may take (default {@link TimeLimits#DEFAULT}). */
    public DesignRun withTimeLimits(TimeLimits timeLimits) {
        this.limits = Objects.requireNonNull(timeLimits, "timeLimits");
        return this;
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
        int steps = plan.generators().size() + plan.optimizers().size() + plan.validators().size();
        SubMonitor progress = SubMonitor.convert(monitor, "Design run", steps * 100);
        List<Candidate> candidates = generate(progress.split(100 * plan.generators().size()));
        candidates = optimize(candidates, progress.split(100 * plan.optimizers().size()));
        candidates = validate(candidates, progress.split(100 * plan.validators().size()));
        return new DesignResult(candidates, problems);
    }

    /**
     * The first part of {@link #execute}: the generators' candidates. The three parts may run in different JVMs (a
     * cluster): each is what execute does, given what the part before it returned.
     */
    public List<Candidate> generate(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, plan.generators().size()));
        Stages stages = stages();
        List<Candidate> candidates = new ArrayList<>();
        for (String id : plan.generators()) {
            candidates.addAll(stages.generate(id, context(), progress.split(1)));
            tell(id, candidates);
        }
        return candidates;
    }

    /** The second part of {@link #execute}: the candidates refined by the optimizers. */
    public List<Candidate> optimize(List<Candidate> generated, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, plan.optimizers().size()));
        Stages stages = stages();
        List<Candidate> candidates = generated;
        for (String id : plan.optimizers()) {
            candidates = stages.optimize(id, candidates, context(), progress.split(1));
            tell(id, candidates);
        }
        return candidates;
    }

    /** The third part of {@link #execute}: the candidates with the verdicts of the run's validators. */
    public List<Candidate> validate(List<Candidate> optimized, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, plan.validators().size()));
        Stages stages = stages();
        List<Candidate> candidates = optimized;
        for (String id : plan.validators()) {
            candidates = stages.validate(id, candidates, context(), progress.split(1));
            tell(id, candidates);
        }
        return candidates;
    }

    /**
     * How many consecutive generated candidates the run's one optimizer may refine apart ({@link
     * org.matdesign.api.Optimizer#independentSlice}); 0 when there is no optimizer to split, more than one, or it
     * cannot be asked.
     */
    public int optimizerSlice() {
        if (plan.optimizers().size() != 1) {
            return 0;
        }
        return registry.find(org.matdesign.api.Role.OPTIMIZER, plan.optimizers().get(0))
                .flatMap(c -> c.instance(org.matdesign.api.Optimizer.class, problems::add))
                .flatMap(o -> SafeCall.call("slice of optimizer " + plan.optimizers().get(0),
                        () -> o.independentSlice(context()), problems::add))
                .filter(n -> n > 0).orElse(0);
    }

    /** Problems met so far by the parts that ran. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private RunContext context() {
        return new RunContext(plan.target(), plan.settings(), plan.dataDirectory(), resources, plan.trainingSet(), log);
    }

    private Stages stages() {
        return new Stages(registry, log, problems, limits);
    }

    private void tell(String stage, List<Candidate> candidates) {
        List<Candidate> snapshot = List.copyOf(candidates);
        SafeCall.call("listener of stage " + stage, () -> {
            stageDone.accept(stage, snapshot);
            return Boolean.TRUE;
        }, problems::add);
    }

}
