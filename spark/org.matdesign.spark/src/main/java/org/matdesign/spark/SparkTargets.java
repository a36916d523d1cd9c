package org.matdesign.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.spark.api.java.JavaSparkContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunResources;
import org.matdesign.engine.CampaignTargets;
import org.matdesign.engine.DesignResult;
import org.matdesign.engine.DesignRun;
import org.matdesign.engine.TargetRunner;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * A campaign's targets as Spark tasks, in three rounds: each target's generator (one task per target: its starts
 * share one random stream); its optimisation, in the slices the optimizer says it may refine apart (one task per
 * target and slice; for MEIDNet one Adam batch of latent starts, so the floats are those of one JVM) or whole; and
 * its per-target validators on the joined slices (one task per target). Every task runs a part of the engine's
 * {@link CampaignTargets#targetRun} and sends its candidates back as {@link ResultWire} text; the driver only cuts and joins.
 */
final class SparkTargets implements TargetRunner {

    private final JavaSparkContext spark;
    private final Task task;

    SparkTargets(JavaSparkContext spark, String recipeText, String recipeSource, Path dataDirectory) {
        this.spark = spark;
        this.task = new Task(recipeText, recipeSource, dataDirectory == null ? null : dataDirectory.toString());
    }

    @Override
    public List<DesignResult> run(int targets, Consumer<String> log, IProgressMonitor monitor) {
        List<Integer> all = IntStream.range(0, targets).boxed().toList();
        spark.setJobDescription("MatDesign campaign: generate " + targets + " targets");
        List<Part> generated = rounds(all.stream().map(k -> new Part(k, 0, null)).toList(), "generate");

        List<Part> slices = new ArrayList<>();
        for (Part g : generated) {
            List<Candidate> candidates = g.run().result().candidates();
            int size = g.slice() > 0 ? g.slice() : Math.max(1, candidates.size());
            int from = 0;
            do { // at least one slice, so a target whose generator gave nothing still reaches its optimizer
                List<Candidate> slice = candidates.subList(from, Math.min(candidates.size(), from + size));
                slices.add(new Part(g.target(), 0, ResultWire.write(new DesignResult(slice, List.of()), List.of())));
                from += size;
            } while (from < candidates.size());
        }
        spark.setJobDescription("MatDesign campaign: optimise " + slices.size() + " slices");
        List<Part> optimized = rounds(slices, "optimize");

        List<Part> joined = new ArrayList<>();
        for (int k = 0; k < targets; k++) {
            int target = k;
            List<List<Candidate>> parts = optimized.stream().filter(p -> p.target() == target)
                    .map(p -> p.run().result().candidates()).toList();
            joined.add(new Part(k, 0, ResultWire.write(new DesignResult(CampaignTargets.joinSlices(parts), List.of()),
                    List.of())));
        }
        spark.setJobDescription("MatDesign campaign: validate " + targets + " targets");
        List<Part> validated = rounds(joined, "validate");

        List<DesignResult> results = new ArrayList<>();
        for (int k = 0; k < targets; k++) {
            int target = k;
            List<String> problems = new ArrayList<>();
            for (List<Part> round : List.of(generated, optimized, validated)) {
                round.stream().filter(p -> p.target() == target).forEach(p -> {
                    p.run().log().forEach(log);
                    problems.addAll(p.run().result().problems());
                });
            }
            results.add(new DesignResult(validated.get(k).run().result().candidates(), problems));
        }
        return results;
    }

    /** One task per part, in order; each answer read back on the driver. */
    private List<Part> rounds(List<Part> parts, String part) {
        Task work = task; // the closure must not hold this runner (and its Spark context)
        List<String> answers = spark.parallelize(parts, Math.max(1, parts.size()))
                .map(p -> work.run(part, p)).collect();
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            ResultWire.TargetRun run = ResultWire.read(answers.get(i));
            out.add(new Part(p.target(), run.slice(), answers.get(i)));
        }
        return out;
    }

    /**
     * A unit of work: a target, the optimizer's slice size (known after generation) and the candidates (as wire
     * text) going in or coming out.
     */
    record Part(int target, int slice, String wire) implements Serializable {

        ResultWire.TargetRun run() {
            return ResultWire.read(wire);
        }
    }

    /** What an executor does with a part; models and indexes are kept once per executor JVM and recipe. */
    private record Task(String recipeText, String recipeSource, String dataDirectory) implements Serializable {

        private static final Map<String, RunResources> RESOURCES = new ConcurrentHashMap<>();

        String run(String part, Part p) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            RunResources resources = RESOURCES.computeIfAbsent(recipeSource + "\n" + recipeText,
                    key -> CampaignTargets.resources(ClasspathRegistry.get(), line -> { }));
            DesignRun run = CampaignTargets.targetRun(ClasspathRegistry.get(),
                    RecipeReader.parse(recipeText, recipeSource, PropertyCatalogue.defaults()), p.target(),
                    dataDirectory == null ? null : Path.of(dataDirectory), resources,
                    part.equals("generate") ? log::add : line -> {
                        if (!line.startsWith("target ")) { // the target's first line is said once, when generating
                            log.add(line);
                        }
                    });
            NullProgressMonitor monitor = new NullProgressMonitor();
            List<Candidate> out = switch (part) {
                case "generate" -> run.generate(monitor);
                case "optimize" -> run.optimize(ResultWire.read(p.wire()).result().candidates(), monitor);
                default -> run.validate(ResultWire.read(p.wire()).result().candidates(), monitor);
            };
            int slice = part.equals("generate") ? run.optimizerSlice() : 0;
            return ResultWire.write(new DesignResult(out, run.problems()), log, slice);
        }
    }
}
