package org.matdesign.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.matdesign.api.Verdict;

import scala.Tuple2;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * {@code screen}: a table of crystals through a recipe's validator funnel on Spark. Per-crystal validators run where
 * the rows are; the campaign-wide ones (uniqueness) see the rows grouped by reduced formula, since only crystals of
 * the same reduced composition can match, in table order. Writes one row per input with every verdict
 * ({@code verdicts}) and the crystals that passed them all ({@code survivors}, in the input's material_id/cif layout,
 * so it can be screened again).
 */
final class SparkScreen {

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private SparkScreen() {
    }

    /** What a screening found: counts per validator (judged, passed) and the time per stage summed over tasks. */
    record Summary(long rows, long parsed, Map<String, long[]> byValidator, long survivors,
            Map<String, Long> stageNanos, double wallSeconds) {

        /** Whether two screenings of the same rows counted the same (times aside). */
        boolean sameCounts(Summary other) {
            if (rows != other.rows || parsed != other.parsed || survivors != other.survivors
                    || !byValidator.keySet().equals(other.byValidator.keySet())) {
                return false;
            }
            return byValidator.entrySet().stream()
                    .allMatch(e -> java.util.Arrays.equals(e.getValue(), other.byValidator.get(e.getKey())));
        }
    }

    /** The plain funnel's rows counted as a Spark screening counts them. */
    static Summary summary(List<ScreenedRow> rows, ScreenWorker worker, Map<String, Long> stageNanos,
            double wallSeconds) {
        long[] tally = rows.stream().map(r -> tally(r, worker.validators(), worker)).reduce(SparkScreen::sum)
                .orElse(new long[3 + 2 * worker.validators().size()]);
        return summary(tally, worker.validators(), stageNanos, wallSeconds);
    }

    private static Summary summary(long[] tally, List<String> validators, Map<String, Long> stageNanos,
            double wallSeconds) {
        Map<String, long[]> byValidator = new LinkedHashMap<>();
        for (int v = 0; v < validators.size(); v++) {
            byValidator.put(validators.get(v), new long[] {tally[3 + 2 * v], tally[4 + 2 * v]});
        }
        return new Summary(tally[0], tally[1], byValidator, tally[2], stageNanos, wallSeconds);
    }

    static Summary run(SparkSession spark, ScreenTable table, Path out, String format, int partitions,
            String recipeText, String recipeSource, Path dataDirectory, List<String> problems) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String data = dataDirectory == null ? null : dataDirectory.toString();
        ScreenWorker here = ScreenWorker.of(recipeText, recipeSource, data);
        List<String> validators = here.validators();
        boolean together = here.judgesTogether();
        SparkStageTimes timing = new SparkStageTimes(jsc, validators);
        CollectionAccumulator<String> found = jsc.sc().collectionAccumulator("matdesign screening problems");

        JavaRDD<InputRow> rows = table.rows(spark).repartition(partitions);
        JavaRDD<ScreenedRow> each = rows.mapPartitions(it -> {
            List<InputRow> list = new ArrayList<>();
            it.forEachRemaining(list::add);
            return ScreenWorker.of(recipeText, recipeSource, data).judgeEach(list, found::add, timing).iterator();
        });
        JavaRDD<ScreenedRow> judged = !together ? each
                // All rows of a reduced formula in one partition; judged a partition at a time in row order, which
                // equals judging each formula apart, since crystals of different compositions never match.
                : each.mapToPair(r -> new Tuple2<>(r.formula(), r)).partitionBy(new HashPartitioner(partitions))
                        .values().mapPartitions(it -> {
                            List<ScreenedRow> list = new ArrayList<>();
                            it.forEachRemaining(list::add);
                            return ScreenWorker.of(recipeText, recipeSource, data)
                                    .judgeTogether(list, found::add, timing).iterator();
                        });
        judged = judged.cache();
        try {
            write(spark, judged, validators, recipeText, recipeSource, data, out, format);
            long[] tally = judged.map(r -> tally(r, validators, ScreenWorker.of(recipeText, recipeSource, data)))
                    .reduce(SparkScreen::sum);
            problems.addAll(found.value());
            return summary(tally, validators, timing.nanos(), (System.nanoTime() - started) / 1e9);
        } finally {
            judged.unpersist();
        }
    }

    /** rows, parsed, survivors, then (judged, passed) per validator. */
    private static long[] tally(ScreenedRow r, List<String> validators, ScreenWorker worker) {
        long[] t = new long[3 + 2 * validators.size()];
        t[0] = 1;
        if (r.parsed()) {
            Map<String, Verdict> verdicts = ResultWire.readCandidate(r.candidate()).verdicts();
            t[1] = 1;
            t[2] = worker.survives(verdicts) ? 1 : 0;
            for (int v = 0; v < validators.size(); v++) {
                Verdict verdict = verdicts.get(validators.get(v));
                if (verdict != null) {
                    t[3 + 2 * v] = 1;
                    t[4 + 2 * v] = verdict.passed() ? 1 : 0;
                }
            }
        }
        return t;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] s = a.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += b[i];
        }
        return s;
    }

    private static void write(SparkSession spark, JavaRDD<ScreenedRow> judged, List<String> validators,
            String recipeText, String recipeSource, String data, Path out, String format) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("index", DataTypes.LongType, false),
                DataTypes.createStructField("material_id", DataTypes.StringType, false),
                DataTypes.createStructField("formula", DataTypes.StringType, false),
                DataTypes.createStructField("parse_error", DataTypes.StringType, false)));
        for (String v : validators) {
            fields.add(DataTypes.createStructField(v, DataTypes.BooleanType, true));
            fields.add(DataTypes.createStructField(v + "_detail", DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField("properties", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("survivor", DataTypes.BooleanType, false));
        StructType schema = DataTypes.createStructType(fields);
        JavaRDD<Row> verdictRows = judged.map(r -> verdictRow(r, validators,
                ScreenWorker.of(recipeText, recipeSource, data)));
        Dataset<Row> verdicts = spark.createDataFrame(verdictRows, schema).orderBy("index");
        save(verdicts, out.resolve("verdicts"), format);

        StructType survivorSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("material_id", DataTypes.StringType, false),
                DataTypes.createStructField("cif", DataTypes.StringType, false),
                DataTypes.createStructField("index", DataTypes.LongType, false)));
        JavaRDD<Row> survivorRows = judged.filter(r -> ScreenWorker.of(recipeText, recipeSource, data).survives(r))
                .map(r -> RowFactory.create(r.id(), r.cif(), r.index()));
        Dataset<Row> survivors = spark.createDataFrame(survivorRows, survivorSchema).orderBy("index").drop("index");
        save(survivors, out.resolve("survivors"), format);
    }

    private static Row verdictRow(ScreenedRow r, List<String> validators, ScreenWorker worker) {
        List<Object> values = new ArrayList<>(List.of(r.index(), r.id(), r.formula(), r.error()));
        Map<String, Verdict> verdicts = r.parsed() ? ResultWire.readCandidate(r.candidate()).verdicts() : Map.of();
        Map<String, Double> properties = new LinkedHashMap<>();
        for (String v : validators) {
            Verdict verdict = verdicts.get(v);
            values.add(verdict == null ? null : verdict.passed());
            values.add(verdict == null ? null : verdict.detail());
            if (verdict != null) {
                verdict.properties().forEach((p, x) -> properties.put(v + "." + p, x));
            }
        }
        values.add(GSON.toJson(properties));
        values.add(r.parsed() && worker.survives(verdicts));
        return RowFactory.create(values.toArray());
    }

    private static void save(Dataset<Row> table, Path folder, String format) {
        if (format.equals("parquet")) {
            table.write().parquet(folder.toString());
        } else {
            // Quoted throughout: CIF cells and details span lines and hold commas.
            table.write().option("header", "true").option("quoteAll", "true").option("escape", "\"")
                    .csv(folder.toString());
        }
    }

    /** Stage times as Spark accumulators (summed over every task of every executor). */
    static final class SparkStageTimes implements StageTimes {

        private static final long serialVersionUID = 1L;
        private final Map<String, LongAccumulator> nanos = new LinkedHashMap<>();

        SparkStageTimes(JavaSparkContext jsc, List<String> validators) {
            nanos.put(PARSE, jsc.sc().longAccumulator("matdesign " + PARSE));
            validators.forEach(v -> nanos.put(v, jsc.sc().longAccumulator("matdesign " + v)));
        }

        @Override
        public void add(String stage, long value) {
            LongAccumulator a = nanos.get(stage);
            if (a != null) {
                a.add(value);
            }
        }

        Map<String, Long> nanos() {
            Map<String, Long> out = new LinkedHashMap<>();
            nanos.forEach((k, v) -> out.put(k, v.value()));
            return out;
        }
    }
}
