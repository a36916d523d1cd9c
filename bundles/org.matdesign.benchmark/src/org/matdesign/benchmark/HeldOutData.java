package org.matdesign.benchmark;

import java.nio.file.Path;
import java.util.List;

import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.data.DatasetSplit;

/**
 * The dataset as the protocol uses it: our seeded split (the official CDVAE splits are not all in our data), the test
 * part as the reference, the training part for the optimisation percentiles.
 */
record HeldOutData(BenchmarkDataset dataset, List<DatasetRow> train, List<DatasetRow> test, String description) {

    /** The split every MatDesign model is trained and evaluated on. */
    static final long SPLIT_SEED = 42;

    static HeldOutData load(BenchmarkDataset dataset, Path folder) {
        DatasetSplit split = DatasetSplit.of(folder, SPLIT_SEED);
        if (split.test().isEmpty()) {
            throw new IllegalArgumentException("dataset folder " + folder + " has no crystals in its test split");
        }
        String description = dataset.name() + ", DatasetSplit seed " + SPLIT_SEED + " of the CSV files in the folder: "
                + split.train().size() + " train / " + split.validation().size() + " validation / "
                + split.test().size() + " test crystals";
        return new HeldOutData(dataset, split.train(), split.test(), description);
    }

    List<Structure> testStructures() {
        return test.stream().map(DatasetRow::structure).toList();
    }

    /** The training values of a property (NaN rows dropped). */
    double[] trainValues(String property) {
        String column = dataset.columns().get(property);
        if (column == null) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " has no column for property '" + property
                    + "' (it has " + dataset.columns().keySet() + ")");
        }
        return train.stream().mapToDouble(r -> r.property(column)).filter(Double::isFinite).toArray();
    }
}
