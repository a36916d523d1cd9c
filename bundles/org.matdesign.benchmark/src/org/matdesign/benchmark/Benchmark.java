package org.matdesign.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.GenerativeModel.Task;
import org.matdesign.api.PredictorFit;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.api.Role;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;

/**
 * Runs CDVAE's protocol (reconstruction, generation, optimisation) on one generative model contribution, talking to
 * it only through {@link GenerativeModel}. The held-out reference is the test part of our seeded split; the
 * independent property predictor comes from the same registry. A task the model does not declare is skipped and
 * said so; a task whose contributed code fails is reported and the others still run; cancellation stops the run.
 */
public final class Benchmark {

    private final ContributionRegistry registry;
    /** Why a predictor contribution could not be created, for the error that names it. */
    private final List<String> predictorProblems = new ArrayList<>();

    public Benchmark(ContributionRegistry registry) {
        this.registry = registry;
    }

    public BenchmarkResult run(BenchmarkRequest request, IProgressMonitor monitor) throws CoreException {
        Contribution contribution = registry.find(Role.MODEL, request.model()).orElseThrow(() -> new IllegalArgumentException(
                "no model '" + request.model() + "' is installed; installed models: " + ids(Role.MODEL)));
        List<String> problems = new ArrayList<>();
        GenerativeModel model = contribution.instance(GenerativeModel.class, problems::add)
                .orElseThrow(() -> failure("model " + request.model() + " cannot be created: " + problems, null));
        Settings settings = Settings.check(request.model(), contribution.declaredSettings(problems::add),
                request.modelSettings());
        SubMonitor progress = SubMonitor.convert(monitor, "Benchmark of " + request.model(), 100);
        HeldOutData data = HeldOutData.load(request.dataset(), request.datasetFolder());
        Measurements m = new Measurements();
        m.fact("dataset", data.description());
        m.fact("model.contribution", contribution.describe());
        try (RunResources resources = new RunResources(this::createPredictor);
                GenerativeModel.Session session = model.open(settings)) {
            session.facts().forEach((k, v) -> m.fact("model." + k, v));
            m.fact("model.dataset", session.dataset());
            boolean judged = request.tasks().contains(Task.SAMPLE) || request.tasks().contains(Task.OPTIMIZE);
            PropertyPredictor predictor = judged ? predictor(resources, request, m) : null;
            for (Task task : List.of(Task.RECONSTRUCT, Task.SAMPLE, Task.OPTIMIZE)) {
                SubMonitor part = progress.split(33);
                if (!request.tasks().contains(task)) {
                    continue;
                }
                if (!model.tasks().contains(task)) {
                    m.fact(key(task) + ".skipped", "model " + request.model() + " does not declare " + task);
                    continue;
                }
                long started = System.nanoTime();
                try {
                    switch (task) {
                        case RECONSTRUCT -> ReconstructionTask.run(session, data, m, part);
                        case SAMPLE -> GenerationTask.run(session, data, predictor, request, m, part);
                        case OPTIMIZE -> OptimizationTask.run(session, data, predictor, request, m, part);
                        default -> throw new IllegalStateException(task.toString());
                    }
                } catch (OperationCanceledException e) {
                    throw e;
                } catch (CoreException | RuntimeException e) {
                    m.fact(key(task) + ".failed", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                m.metric(key(task) + ".seconds", (System.nanoTime() - started) / 1e9);
            }
        }
        return new BenchmarkResult(request, m.metrics, m.facts, m.plots);
    }

    /** The metrics prefix of a task. */
    static String key(Task task) {
        return switch (task) {
            case RECONSTRUCT -> "recon";
            case SAMPLE -> "gen";
            case CONDITIONAL_SAMPLE -> "cond";
            case OPTIMIZE -> "opt";
        };
    }

    private PropertyPredictor predictor(RunResources resources, BenchmarkRequest request, Measurements m)
            throws CoreException {
        try {
            PropertyPredictor p = resources.predictor(request.predictor());
            fits(p, request);
            m.fact("predictor", request.predictor() + " (" + String.join(", ", p.properties()) + ")");
            p.facts().forEach((k, v) -> m.fact("predictor." + k, v));
            return p;
        } catch (PredictorMismatch e) {
            throw e;
        } catch (IllegalArgumentException e) {
            if (!predictorProblems.isEmpty()) {
                throw failure("predictor " + request.predictor() + " cannot be created: " + predictorProblems, e);
            }
            throw new IllegalArgumentException("no predictor '" + request.predictor() + "' is installed; installed "
                    + "predictors: " + ids(Role.PREDICTOR), e);
        } catch (Exception e) {
            throw failure("predictor " + request.predictor() + " cannot be created: " + e.getMessage(), e);
        }
    }

    /** A predictor that cannot judge the dataset: a usage error, raised before anything is generated. */
    static final class PredictorMismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        PredictorMismatch(String message) {
            super(message);
        }
    }

    /** Refuses a predictor trained on another dataset or lacking one of its properties: its numbers would be wrong. */
    private static void fits(PropertyPredictor p, BenchmarkRequest request) {
        BenchmarkDataset d = request.dataset();
        PredictorFit.problem(request.predictor(), p, d.name(), d.properties().names()).ifPresent(problem -> {
            throw new PredictorMismatch(problem + "; the benchmark on " + d.name() + " needs a "
                    + "predictor trained on it, such as " + d.predictor() + " (the default)");
        });
    }

    private PropertyPredictor createPredictor(String id) {
        return registry.find(Role.PREDICTOR, id).flatMap(c -> c.instance(PropertyPredictor.class,
                predictorProblems::add)).orElse(null);
    }

    private String ids(Role role) {
        List<String> ids = registry.contributions(role).stream().map(Contribution::id).toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    static CoreException failure(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, "org.matdesign.benchmark", message, cause));
    }

    /** The tasks named on a command line, e.g. {@code recon,gen,opt}. */
    public static List<Task> parseTasks(String list) {
        List<Task> tasks = new ArrayList<>();
        for (String t : list.split(",")) {
            tasks.add(switch (t.trim().toLowerCase(Locale.ROOT)) {
                case "recon" -> Task.RECONSTRUCT;
                case "gen" -> Task.SAMPLE;
                case "opt" -> Task.OPTIMIZE;
                default -> throw new IllegalArgumentException("unknown task '" + t.trim() + "' (expected recon, gen, opt)");
            });
        }
        return tasks;
    }

}
