package org.matdesign.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Our own seeded, ID-disjoint train/validation/test split of a CDVAE dataset folder. All CSVs present in the
 * folder are pooled (the original CDVAE train.csv is missing for some datasets here, so the published split
 * cannot be reproduced), rows are de-duplicated by material_id (first occurrence in file-name order wins), and
 * each id goes to a part by a seeded 64-bit hash: fraction u in [0, 1), train if u < 0.8, validation if u < 0.9,
 * else test. An id's part depends only on the id and the seed, so the split does not change with file order and
 * stays stable when rows are added. Each part is sorted by id.
 */
public final class DatasetSplit {

    public enum Part { TRAIN, VALIDATION, TEST }

    public static final double TRAIN_FRACTION = 0.8;
    public static final double VALIDATION_FRACTION = 0.1;

    private final long seed;
    private final List<DatasetRow> train;
    private final List<DatasetRow> validation;
    private final List<DatasetRow> test;

    private DatasetSplit(long seed, List<DatasetRow> train, List<DatasetRow> validation, List<DatasetRow> test) {
        this.seed = seed;
        this.train = List.copyOf(train);
        this.validation = List.copyOf(validation);
        this.test = List.copyOf(test);
    }

    /** Reads every *.csv in the folder and splits the pooled rows. */
    public static DatasetSplit of(Path datasetDir, long seed) {
        List<Path> csvs = csvFiles(datasetDir);
        Map<String, DatasetRow> byId = new LinkedHashMap<>();
        for (Path csv : csvs) {
            try (Stream<DatasetRow> rows = CdvaeDataset.stream(csv)) {
                rows.forEach(r -> byId.putIfAbsent(r.id(), r));
            }
        }
        return of(byId.values(), seed);
    }

    /** Splits given rows (ids must be unique; later duplicates are dropped). */
    public static DatasetSplit of(Iterable<DatasetRow> rows, long seed) {
        List<DatasetRow> train = new ArrayList<>();
        List<DatasetRow> validation = new ArrayList<>();
        List<DatasetRow> test = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DatasetRow r : rows) {
            if (!seen.add(r.id())) {
                continue;
            }
            switch (assign(r.id(), seed)) {
                case TRAIN -> train.add(r);
                case VALIDATION -> validation.add(r);
                case TEST -> test.add(r);
            }
        }
        Comparator<DatasetRow> byId = Comparator.comparing(DatasetRow::id);
        train.sort(byId);
        validation.sort(byId);
        test.sort(byId);
        return new DatasetSplit(seed, train, validation, test);
    }

    /** The CSV files of a dataset folder, sorted by name. */
    public static List<Path> csvFiles(Path datasetDir) {
        if (!Files.isDirectory(datasetDir)) {
            throw new IllegalArgumentException("dataset folder " + datasetDir + " does not exist");
        }
        try (Stream<Path> files = Files.list(datasetDir)) {
            List<Path> csvs = files.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p))
                    .sorted().toList();
            if (csvs.isEmpty()) {
                throw new IllegalArgumentException("dataset folder " + datasetDir + " has no .csv files");
            }
            return csvs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + datasetDir, e);
        }
    }

    /** The part an id belongs to for a seed. */
    public static Part assign(String id, long seed) {
        double u = (hash(id, seed) >>> 11) * 0x1.0p-53;
        if (u < TRAIN_FRACTION) {
            return Part.TRAIN;
        }
        return u < TRAIN_FRACTION + VALIDATION_FRACTION ? Part.VALIDATION : Part.TEST;
    }

    /** FNV-1a over the UTF-8 bytes of the id, started from the seed and finished with the SplitMix64 mixer. */
    static long hash(String id, long seed) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public long seed() {
        return seed;
    }

    public List<DatasetRow> train() {
        return train;
    }

    public List<DatasetRow> validation() {
        return validation;
    }

    public List<DatasetRow> test() {
        return test;
    }

    public List<DatasetRow> part(Part part) {
        return switch (part) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    public List<String> ids(Part part) {
        return part(part).stream().map(DatasetRow::id).toList();
    }
}
