package org.matdesign.spark;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table of crystals to screen: a CSV with a header (CDVAE's layout: a {@code cif} column whose cells span lines,
 * and a {@code material_id} column when there is one), a folder of such CSV parts, or Parquet. Rows are numbered in
 * file order, so uniqueness keeps the first of a set of duplicates as a single-machine pass does.
 */
record ScreenTable(String path, String cifColumn, String idColumn) {

    static final String DEFAULT_CIF = "cif";
    static final String DEFAULT_ID = "material_id";

    JavaRDD<InputRow> rows(SparkSession spark) {
        Dataset<Row> table = path.endsWith(".parquet")
                ? spark.read().parquet(path)
                : spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(path);
        List<String> columns = Arrays.asList(table.columns());
        if (!columns.contains(cifColumn)) {
            throw new IllegalArgumentException("table " + path + " has no column '" + cifColumn + "' (columns: "
                    + String.join(", ", columns) + "); name the CIF column with --cif-column");
        }
        boolean hasId = idColumn != null && columns.contains(idColumn);
        Dataset<Row> selected = hasId ? table.select(idColumn, cifColumn) : table.select(cifColumn);
        return selected.javaRDD().zipWithIndex().map(pair -> {
            Row row = pair._1();
            long index = pair._2();
            String id = hasId ? row.getString(0) : null;
            String cif = row.getString(hasId ? 1 : 0);
            return new InputRow(index, id, cif);
        });
    }
}
