package org.matdesign.core.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of which property each CDVAE dataset provides and the CSV column it is read from. Predictors are
 * trained and evaluated on these names and the benchmark judges generated crystals by them, so both read it here.
 *
 * @param dataset    folder name under the data folder, e.g. {@code mp_20}
 * @param properties the dataset's properties, in the order models and predictors report them
 */
public record DatasetProperties(String dataset, List<Property> properties) {

    /**
     * One property of a dataset.
     *
     * @param name   the name models, predictors and targets use, e.g. {@code formation_energy}
     * @param column the dataset's CSV column, e.g. {@code formation_energy_per_atom}
     * @param unit   e.g. {@code eV/atom}
     */
    public record Property(String name, String column, String unit) {
    }

    public static final String BAND_GAP = "band_gap";
    public static final String FORMATION_ENERGY = "formation_energy";
    public static final String ENERGY_PER_ATOM = "energy_per_atom";

    /** Perov-5 (CMR): GLLB-SC direct band gap and heat of formation per atom. */
    public static final DatasetProperties PEROV_5 = new DatasetProperties("perov_5",
            List.of(new Property(BAND_GAP, "dir_gap", "eV"), new Property(FORMATION_ENERGY, "heat_all", "eV/atom")));
    /** Carbon-24: total energy per atom of the relaxed carbon allotrope (no band gap). */
    public static final DatasetProperties CARBON_24 = new DatasetProperties("carbon_24",
            List.of(new Property(ENERGY_PER_ATOM, "energy_per_atom", "eV/atom")));
    /** MP-20 (Materials Project, PBE): formation energy per atom and band gap. */
    public static final DatasetProperties MP_20 = new DatasetProperties("mp_20",
            List.of(new Property(FORMATION_ENERGY, "formation_energy_per_atom", "eV/atom"),
                    new Property(BAND_GAP, "band_gap", "eV")));

    public static final List<DatasetProperties> ALL = List.of(PEROV_5, CARBON_24, MP_20);

    public DatasetProperties {
        properties = List.copyOf(properties);
    }

    /**
     * The dataset named {@code name} (case and {@code -}/{@code _} ignored, {@code perov5} accepted).
     *
     * @throws IllegalArgumentException naming the unknown dataset and the known ones
     */
    public static DatasetProperties parse(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT).replace('-', '_');
        for (DatasetProperties d : ALL) {
            if (d.dataset.equals(key) || d.dataset.replace("_", "").equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "' (expected "
                + String.join(", ", ALL.stream().map(DatasetProperties::dataset).toList()) + ")");
    }

    public Optional<Property> find(String property) {
        return properties.stream().filter(p -> p.name().equals(property)).findFirst();
    }

    /** @throws IllegalArgumentException naming the property, the dataset and what it has */
    public Property require(String property) {
        return find(property).orElseThrow(() -> new IllegalArgumentException("dataset " + dataset
                + " has no property '" + property + "' (it has " + String.join(", ", names()) + ")"));
    }

    public List<String> names() {
        return properties.stream().map(Property::name).toList();
    }
}
