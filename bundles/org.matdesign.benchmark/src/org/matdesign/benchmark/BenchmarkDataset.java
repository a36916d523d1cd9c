package org.matdesign.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.matdesign.engine.recipe.PropertyCatalogue;

/**
 * What CDVAE's protocol fixes per dataset besides the coverage thresholds ({@code Coverage.Thresholds}): the property
 * that is optimised (lower is better) and the dataset column behind each property name our models and predictors use.
 *
 * @param name                  folder name, e.g. {@code perov_5}
 * @param optimized             the property optimised in the optimisation task
 * @param columns               property name -> dataset column
 * @param cdvaeOptimizedColumn  the column CDVAE optimised (its percentiles are quoted for comparison)
 */
public record BenchmarkDataset(String name, String optimized, Map<String, String> columns,
        String cdvaeOptimizedColumn) {

    public static final BenchmarkDataset PEROV_5 = new BenchmarkDataset("perov_5", "formation_energy",
            ordered(PropertyCatalogue.BAND_GAP.name(), PropertyCatalogue.BAND_GAP.datasetColumn(),
                    PropertyCatalogue.FORMATION_ENERGY.name(), PropertyCatalogue.FORMATION_ENERGY.datasetColumn()),
            "heat_ref");
    public static final BenchmarkDataset CARBON_24 = new BenchmarkDataset("carbon_24", "energy_per_atom",
            ordered("energy_per_atom", "energy_per_atom"), "energy_per_atom");
    public static final BenchmarkDataset MP_20 = new BenchmarkDataset("mp_20", "formation_energy",
            ordered("formation_energy", "formation_energy_per_atom", "band_gap", "band_gap"),
            "formation_energy_per_atom");

    public BenchmarkDataset {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** @throws IllegalArgumentException naming the unknown dataset and the known ones */
    public static BenchmarkDataset parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "perov_5", "perov5" -> PEROV_5;
            case "carbon_24", "carbon24" -> CARBON_24;
            case "mp_20", "mp20" -> MP_20;
            default -> throw new IllegalArgumentException("unknown dataset '" + name
                    + "' (expected perov_5, carbon_24 or mp_20)");
        };
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
