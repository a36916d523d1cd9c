package org.matdesign.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunResources;
import org.matdesign.core.io.CifWriter;
import org.matdesign.engine.CampaignTargets;
import org.matdesign.engine.Generation;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * {@code generate}: many crystals from a recipe's generator, in parts of a fixed size, each part a task with its own
 * seed ({@code recipe seed x 1,000,003 + part}) written to its own CSV file ({@code material_id,cif}, the layout
 * {@code screen} reads) as soon as it is done: a job that fails or is cancelled keeps every finished part, and the
 * same command run again writes only the parts that are missing. Files go through Hadoop's file system, so the folder
 * may be local (one machine), shared, or on HDFS/S3.
 */
final class SparkGenerate {

    private SparkGenerate() {
    }

    /** Parts written and skipped (already there) by one run. */
    record Summary(int parts, int written, int skipped, long crystals, double wallSeconds) {
    }

    static Summary run(JavaSparkContext spark, String recipeText, String recipeSource, String dataDirectory,
            long count, int partSize, String out, List<String> problems) throws IOException {
        long started = System.nanoTime();
        int parts = (int) ((count + partSize - 1) / partSize);
        FileSystem.get(new org.apache.hadoop.fs.Path(out).toUri(), new Configuration())
                .mkdirs(new org.apache.hadoop.fs.Path(out));
        CollectionAccumulator<String> found = spark.sc().collectionAccumulator("matdesign generation problems");
        spark.setJobDescription("MatDesign generate " + count + " crystals in " + parts + " parts");
        List<long[]> done = spark.parallelize(IntStream.range(0, parts).boxed().toList(), Math.max(1, parts))
                .map(part -> writePart(recipeText, recipeSource, dataDirectory, part,
                        (int) Math.min(partSize, count - (long) part * partSize), out, found::add))
                .collect();
        problems.addAll(found.value());
        int written = 0;
        long crystals = 0;
        for (long[] d : done) {
            written += (int) d[0];
            crystals += d[1];
        }
        return new Summary(parts, written, parts - written, crystals, (System.nanoTime() - started) / 1e9);
    }

    /** {written (1) or skipped (0), crystals in the part}. */
    private static long[] writePart(String recipeText, String recipeSource, String dataDirectory, int part, int size,
            String out, java.util.function.Consumer<String> problems) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out, String.format("part-%05d.csv", part));
        FileSystem fs = file.getFileSystem(new Configuration());
        if (fs.exists(file)) {
            return new long[] {0, 0};
        }
        Recipe recipe = RecipeReader.parse(recipeText, recipeSource, PropertyCatalogue.defaults());
        List<Candidate> crystals;
        try (RunResources resources = CampaignTargets.resources(ClasspathRegistry.get(), problems)) {
            crystals = Generation.generate(ClasspathRegistry.get(), recipe, size, recipe.seed() * 1_000_003L + part,
                    dataDirectory == null ? null : java.nio.file.Path.of(dataDirectory), resources,
                    line -> problems.accept("part " + part + ": " + line), new NullProgressMonitor());
        }
        List<String> lines = new ArrayList<>();
        lines.add("material_id,cif\n");
        for (int i = 0; i < crystals.size(); i++) {
            String id = String.format("gen-%05d-%06d", part, i);
            lines.add(id + ",\"" + CifWriter.write(crystals.get(i).structure(), id).replace("\"", "\"\"") + "\"\n");
        }
        // Written under a temporary name and renamed, so a part file is either whole or absent.
        org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(out, "." + file.getName() + ".partial");
        try (Writer w = new OutputStreamWriter(fs.create(partial, true), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
            }
        }
        if (!fs.rename(partial, file)) {
            throw new IOException("cannot rename " + partial + " to " + file);
        }
        return new long[] {1, crystals.size()};
    }
}
