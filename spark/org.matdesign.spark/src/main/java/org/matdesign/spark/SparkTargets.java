package org.matdesign.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.DesignResult;
import org.matdesign.engine.TargetRunner;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * A campaign's targets as Spark tasks, one per target: each executor parses the recipe the driver read, runs
 * {@link Campaign#designTarget} for its target (same seeds, batches and validators as one JVM would) and sends the
 * result back as {@link ResultWire} text. A target is the unit because a target's latent starts share one random
 * stream and the optimizer's batches: cutting inside a target would change the floating-point results.
 */
final class SparkTargets implements TargetRunner {

    private final JavaSparkContext spark;
    private final String recipeText;
    private final String recipeSource;
    private final String dataDirectory;

    SparkTargets(JavaSparkContext spark, String recipeText, String recipeSource, Path dataDirectory) {
        this.spark = spark;
        this.recipeText = recipeText;
        this.recipeSource = recipeSource;
        this.dataDirectory = dataDirectory == null ? null : dataDirectory.toString();
    }

    @Override
    public List<DesignResult> run(int targets, Consumer<String> log, IProgressMonitor monitor) {
        List<Integer> indices = IntStream.range(0, targets).boxed().toList();
        spark.setJobDescription("MatDesign campaign " + recipeSource + ": " + targets + " targets");
        List<String> wire = spark.parallelize(indices, Math.max(1, targets))
                .map(new DesignOneTarget(recipeText, recipeSource, dataDirectory)).collect();
        List<DesignResult> results = new ArrayList<>();
        for (String text : wire) {
            ResultWire.TargetRun run = ResultWire.read(text);
            run.log().forEach(log);
            results.add(run.result());
        }
        return results;
    }

    /** The task: one target's design run on an executor. */
    private record DesignOneTarget(String recipeText, String recipeSource, String dataDirectory)
            implements Function<Integer, String> {

        @Override
        public String call(Integer target) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            DesignResult result = Campaign.designTarget(ClasspathRegistry.get(),
                    RecipeReader.parse(recipeText, recipeSource, PropertyCatalogue.defaults()), target,
                    dataDirectory == null ? null : Path.of(dataDirectory), log::add, new NullProgressMonitor());
            return ResultWire.write(result, log);
        }
    }
}
