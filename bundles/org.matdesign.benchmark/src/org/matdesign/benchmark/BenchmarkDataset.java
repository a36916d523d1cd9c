package org.matdesign.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matdesign.core.data.DatasetProperties;

/**
 * What CDVAE's protocol fixes per dataset besides the coverage thresholds ({@code Coverage.Thresholds}): the property
 * that is optimised (lower is better), the column CDVAE optimised and the independent predictor trained on the dataset,
 * which judges generated crystals unless the request names another. The properties and their columns are core's
 * {@link DatasetProperties}, the table the predictors are trained on.
 *
 * @param properties            the dataset's properties and columns
 * @param optimized             the property optimised in the optimisation task
 * @param cdvaeOptimizedColumn  the column CDVAE optimised (its percentiles are quoted for comparison)
 * @param predictor             id of the independent predictor trained on this dataset (the default judge)
 */
public record BenchmarkDataset(DatasetProperties properties, String optimized, String cdvaeOptimizedColumn,
        String predictor) {

    public static final BenchmarkDataset PEROV_5 = new BenchmarkDataset(DatasetProperties.PEROV_5,
            DatasetProperties.FORMATION_ENERGY, "heat_ref", "cgcnn");
    public static final BenchmarkDataset CARBON_24 = new BenchmarkDataset(DatasetProperties.CARBON_24,
            DatasetProperties.ENERGY_PER_ATOM, "energy_per_atom", "cgcnn.carbon_24");
    public static final BenchmarkDataset MP_20 = new BenchmarkDataset(DatasetProperties.MP_20,
            DatasetProperties.FORMATION_ENERGY, "formation_energy_per_atom", "cgcnn.mp_20");
    public static final List<BenchmarkDataset> ALL = List.of(PEROV_5, CARBON_24, MP_20);

    public BenchmarkDataset {
        properties.require(optimized);
    }

    /** Folder name, e.g. {@code perov_5}. */
    public String name() {
        return properties.dataset();
    }

    /** Property name -> dataset column, in the dataset's order. */
    public Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        properties.properties().forEach(p -> m.put(p.name(), p.column()));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** @throws IllegalArgumentException naming the unknown dataset and the known ones */
    public static BenchmarkDataset parse(String name) {
        DatasetProperties d = DatasetProperties.parse(name);
        return ALL.stream().filter(b -> b.properties == d).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dataset " + d.dataset() + " has no benchmark setup"));
    }
}
