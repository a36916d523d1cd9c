package org.matdesign.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.Structure;

/**
 * The crystals a generator's model learned from, with their property values (user-facing names, physical units;
 * one value per structure, NaN when unknown). The engine counts how many lie near each target (coverage); the
 * novelty and stability validators use it as their default reference, so a run needs no data folder.
 *
 * @param description e.g. {@code perov_5 training split (seed 42, 6015 crystals)}
 * @param checksum    SHA-256 of the file it was read from (provenance); may be empty
 * @param dataset     the dataset's name ({@code perov_5}, {@code mp_20}, a user table's...); may be empty. The
 *                    independent check picks the predictor trained on the same dataset by it.
 */
public record TrainingSet(String description, List<Structure> structures, Map<String, double[]> properties,
        String checksum, String dataset) {

    public TrainingSet {
        structures = List.copyOf(structures);
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : properties.entrySet()) {
            if (e.getValue().length != structures.size()) {
                throw new IllegalArgumentException("property " + e.getKey() + " has " + e.getValue().length
                        + " values for " + structures.size() + " structures");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        properties = Collections.unmodifiableMap(copy);
        checksum = checksum == null ? "" : checksum;
        dataset = dataset == null ? "" : dataset;
    }

    /** A training set of no named dataset. */
    public TrainingSet(String description, List<Structure> structures, Map<String, double[]> properties,
            String checksum) {
        this(description, structures, properties, checksum, "");
    }

    public TrainingSet withDataset(String name) {
        return new TrainingSet(description, structures, properties, checksum, name);
    }

    public int size() {
        return structures.size();
    }

    /** The value of a property for structure {@code i}, NaN when unknown. */
    public double value(String property, int i) {
        double[] v = properties.get(property);
        return v == null ? Double.NaN : v[i];
    }

    /** How many crystals hit every targeted property (range and tolerance); null properties never hit. */
    public Coverage coverage(DesignTarget target) {
        int near = 0;
        for (int i = 0; i < size(); i++) {
            boolean all = true;
            for (PropertyTarget t : target.targets()) {
                if (!t.hit(value(t.name(), i))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                near++;
            }
        }
        return new Coverage(near, size(), description);
    }
}
