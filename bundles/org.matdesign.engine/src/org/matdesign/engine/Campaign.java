package org.matdesign.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Coverage;
import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.StageInfo;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Verdict;
import org.matdesign.api.Visualizer;
import org.matdesign.engine.output.OutputDirectory;
import org.matdesign.engine.output.VisualizerFiles;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.PropertyInfo;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeJson;

/**
 * The one place a design campaign happens: recipe -> installed contributions and checked settings -> coverage of each
 * target by the model's data -> one {@link DesignRun} per target -> campaign-wide validators (uniqueness across all
 * targets, with the recipe's own settings) -> one ranking -> every output through its visualizer -> the output folder,
 * written all or nothing. Models and indexes live in the campaign's {@link RunResources} and are released when it
 * ends. The CLI, the workbench and a cluster driver all call this (through {@link CampaignJob} or directly).
 */
public final class Campaign {

    /** Starts every log line that reports a problem (a failed or stopped contribution, garbage it answered). */
    public static final String PROBLEM_PREFIX = "problem: ";

    private final ContributionRegistry registry;
    private final CampaignRequest request;
    private final CampaignListener listener;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private TargetRunner runner;

    public Campaign(ContributionRegistry registry, CampaignRequest request) {
        this(registry, request, CampaignListener.NONE);
    }

    public Campaign(ContributionRegistry registry, CampaignRequest request, CampaignListener listener) {
        this.registry = registry;
        this.request = request;
        this.listener = listener == null ? CampaignListener.NONE : listener;
    }

    /**
     * Runs the per-target design runs through {@code targetRunner} (a cluster) instead of one after another here;
     * null restores the default. The listener then hears nothing: the stages ran elsewhere.
     */
    public Campaign withTargetRunner(TargetRunner targetRunner) {
        this.runner = targetRunner;
        return this;
    }

    /**
     * Runs the campaign on the calling thread.
     *
     * @throws org.matdesign.engine.recipe.RecipeException   a contribution is not installed (usage error)
     * @throws org.matdesign.api.SettingsException            a setting is unknown or not allowed (usage error)
     * @throws org.matdesign.engine.output.OutputDirectoryException the output folder cannot be used
     * @throws CampaignException                              nothing came out of a target's generator and optimizer
     * @throws OperationCanceledException                     cancelled through the monitor; nothing was written
     */
    public CampaignOutcome execute(IProgressMonitor monitor) {
        Recipe recipe = request.recipe();
        Instant started = Instant.now();
        CampaignPlan plan = CampaignPlan.of(registry, recipe, problems);
        SubMonitor progress = SubMonitor.convert(monitor, "Design campaign " + recipe.name(),
                100 * recipe.targets().size() + 30);
        try (OutputDirectory out = OutputDirectory.prepare(request.output(), request.overwrite());
                RunResources resources = CampaignTargets.resources(registry, this::problem)) {
            List<DesignTarget> targets = CampaignTargets.designTargets(recipe);
            List<Contribution> perTarget = new ArrayList<>();
            List<Contribution> campaignWide = new ArrayList<>();
            CampaignTargets.splitByScope(plan, perTarget, campaignWide, this::problem);
            TrainingSet training = trainingSet(plan, targets.get(0), resources);
            Map<Integer, Coverage> coverage = coverage(training, targets);

            List<DesignResult> remote = runner == null ? null
                    : runner.run(targets.size(), this::log, progress.split(100 * targets.size()));
            List<Candidate> all = new ArrayList<>();
            Map<String, Integer> targetOf = new HashMap<>();
            for (int k = 0; k < targets.size(); k++) {
                String label = CampaignTargets.label(recipe, k);
                DesignResult result;
                if (remote == null) {
                    log(CampaignTargets.targetLine(recipe, targets, k));
                    int target = k;
                    result = CampaignTargets.designRun(registry, plan, targets, k, perTarget,
                            request.dataDirectory(), resources, training, line -> log("  " + line),
                            (stage, candidates) -> listener.stageDone(target, stage,
                                    candidates.stream().map(c -> renamed(c, target)).toList()))
                            .execute(progress.split(100));
                } else {
                    result = remote.get(k);
                }
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String which = "target " + (k + 1) + ": ";
                result.problems().forEach(p -> problem(which + p));
                if (result.candidates().isEmpty()) {
                    throw new CampaignException("target " + (k + 1) + " (" + label + "): no candidate came out of "
                            + plan.generator().describe() + (result.problems().isEmpty() ? ""
                                    : " (" + result.problems().get(0) + ")"));
                }
                for (Candidate c : result.candidates()) {
                    Candidate r = renamed(c, k);
                    all.add(r);
                    targetOf.put(r.id(), k);
                }
            }
            // Campaign-wide stages judge every target's candidates at once, best first, so the closest of a set of
            // duplicates keeps the verdict.
            all.sort((a, b) -> Double.compare(error(a, targets, targetOf), error(b, targets, targetOf)));
            SubMonitor wide = progress.split(10).setWorkRemaining(Math.max(1, campaignWide.size()));
            RunContext wideContext = new RunContext(targets.get(0), plan.designSettings(), request.dataDirectory(),
                    resources, training, line -> log("  " + line));
            Stages wideStages = new Stages(registry, line -> log("  " + line), new ArrayList<>(),
                    recipe.timeLimits());
            for (Contribution v : campaignWide) {
                all = wideStages.validate(v.id(), all, wideContext, wide.split(1));
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
            wideStages.problems().forEach(p -> problem("campaign: " + p));

            List<StageInfo> stages = plan.validators().stream()
                    .map(v -> new StageInfo(v.id(), v.name(), v.description())).toList();
            checkSunRule(recipe.sunRule(), stages);
            List<RankedCandidate> ranked = rank(all, targets, targetOf, recipe.sunRule());
            record(resources, plan);
            DesignResults results = new DesignResults(recipe.name(), targets, labels(recipe), units(recipe, all),
                    stages, recipe.sunRule(), ranked, Funnel.of(ranked, stages, recipe.sunRule()), coverage,
                    List.copyOf(problems), RecipeJson.toJsonString(recipe), request.command(), started, Instant.now(),
                    resources.facts());
            results = writeOutputs(plan, results, out, progress.split(20));
            Path committed = out.commit();
            return new CampaignOutcome(committed, results);
        }
    }

    /** Candidate ids are unique across the campaign's targets: {@code t1-...}, {@code t2-...}. */
    private static Candidate renamed(Candidate c, int target) {
        return c.withId("t" + (target + 1) + "-" + c.id());
    }

    /** The generator's training data, asked once per campaign; null when it cannot tell. */
    private TrainingSet trainingSet(CampaignPlan plan, DesignTarget first, RunResources resources) {
        TrainingSet set = GeneratorTraining.of(plan, first, request.dataDirectory(), resources, this::log,
                this::problem).orElse(null);
        if (set != null) {
            resources.record("training_set", set.description() + (set.checksum().isEmpty() ? ""
                    : " sha256 " + set.checksum()));
        }
        return set;
    }

    /** How many training crystals lie near each target; said in the log, never silent. */
    private Map<Integer, Coverage> coverage(TrainingSet training, List<DesignTarget> targets) {
        Map<Integer, Coverage> out = new LinkedHashMap<>();
        if (training == null) {
            log("coverage: the generator does not tell its training data; coverage of the targets is unknown");
            return out;
        }
        for (int k = 0; k < targets.size(); k++) {
            Coverage c = training.coverage(targets.get(k));
            out.put(k, c);
            log("target " + (k + 1) + ": " + c.near() + " of " + c.total() + " training crystals lie near it ("
                    + c.reference() + ")" + (c.outsideData()
                            ? "; the target lies OUTSIDE the training data: expect extrapolation" : ""));
        }
        return out;
    }

    private static double error(Candidate c, List<DesignTarget> targets, Map<String, Integer> targetOf) {
        return CandidateRanking.targetError(c, targets.get(targetOf.get(c.id())));
    }

    private void checkSunRule(List<String> rule, List<StageInfo> stages) {
        Set<String> ran = new HashSet<>();
        stages.forEach(s -> ran.add(s.id()));
        for (String id : rule) {
            if (!ran.contains(id)) {
                problem("the SUN rule names validator '" + id + "', which did not run: no candidate can be SUN");
            }
        }
    }

    static boolean sun(Candidate c, List<String> rule) {
        for (String id : rule) {
            Verdict v = c.verdicts().get(id);
            if (v == null || !v.passed()) {
                return false;
            }
        }
        return true;
    }

    private static List<RankedCandidate> rank(List<Candidate> all, List<DesignTarget> targets,
            Map<String, Integer> targetOf, List<String> rule) {
        List<Candidate> order = new ArrayList<>(all);
        order.sort(CandidateRanking.by(c -> sun(c, rule), c -> targets.get(targetOf.get(c.id()))));
        List<RankedCandidate> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Candidate c = order.get(i);
            out.add(new RankedCandidate(i + 1, targetOf.get(c.id()), c, sun(c, rule)));
        }
        return out;
    }

    private static List<String> labels(Recipe recipe) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < recipe.targets().size(); k++) {
            out.add(CampaignTargets.label(recipe, k));
        }
        return out;
    }

    private PropertyCatalogue modelCatalogue(Recipe recipe) {
        try {
            return ModelCatalogue.of(registry, recipe.generator().id(), recipe.model());
        } catch (RecipeException e) {
            return PropertyCatalogue.defaults(); // the run itself reports a model that cannot be read
        }
    }

    /** Targeted properties with their units (as the generator's model names them), then any other one. */
    private Map<String, String> units(Recipe recipe, List<Candidate> all) {
        Map<String, String> units = new LinkedHashMap<>();
        PropertyCatalogue catalogue = modelCatalogue(recipe);
        Consumer<String> add = p -> units.putIfAbsent(p, catalogue.find(p).map(PropertyInfo::unit).orElse(""));
        recipe.propertyNames().forEach(add);
        for (Candidate c : all) {
            c.predicted().keySet().forEach(add);
            c.verdicts().values().forEach(v -> v.properties().keySet().forEach(add));
        }
        return units;
    }

    /** A property predictor from the registry, for {@link RunResources#predictor}; null when none has that id. */
    private void record(RunResources resources, CampaignPlan plan) {
        resources.record("available_processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        resources.record("data_folder", request.dataDirectory() == null ? "none (bundled references)"
                : request.dataDirectory().toString());
        List<Contribution> used = new ArrayList<>();
        used.add(plan.generator());
        plan.optimizer().ifPresent(used::add);
        used.addAll(plan.validators());
        used.addAll(plan.visualizers());
        for (Contribution c : used) {
            resources.record("contribution." + c.role().label() + "." + c.id(), c.bundle() + " "
                    + BundleVersions.of(c.bundle()));
        }
    }

    /**
     * Each visualizer in recipe order, under its time limit; a failing or stopped one is reported, its files dropped
     * (and no more accepted from it), and the others go on.
     */
    private DesignResults writeOutputs(CampaignPlan plan, DesignResults results, OutputDirectory out,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing outputs", Math.max(1, plan.visualizers().size()));
        Set<Path> claimed = Collections.synchronizedSet(new HashSet<>());
        DesignResults current = results;
        for (Contribution c : plan.visualizers()) {
            Optional<Visualizer> visualizer = c.instance(Visualizer.class, this::problem);
            SubMonitor step = progress.split(1);
            if (visualizer.isEmpty()) {
                continue;
            }
            VisualizerFiles files = new VisualizerFiles(out, claimed, c.describe());
            Settings settings = plan.visualizerSettings(c.id());
            DesignResults given = current;
            boolean ok = BoundedCall.call("visualizer '" + c.id() + "'", "writing its outputs",
                    request.recipe().timeLimits().visualizerSeconds(), step, m -> {
                        visualizer.get().write(given, settings, files, m);
                        return Boolean.TRUE;
                    }, this::problem).isPresent();
            if (!ok) {
                files.discard();
                current = withProblems(current);
            }
        }
        return current;
    }

    private DesignResults withProblems(DesignResults r) {
        return new DesignResults(r.name(), r.targets(), r.targetLabels(), r.propertyUnits(), r.stages(), r.sunRule(),
                r.candidates(), r.funnel(), r.coverage(), List.copyOf(problems), r.recipeJson(), r.command(),
                r.startedAt(), r.finishedAt(), r.facts());
    }

    private void problem(String line) {
        problems.add(line);
        log(PROBLEM_PREFIX + line);
    }

    private void log(String line) {
        request.log().accept(line);
    }
}
