package org.matdesign.engine.recipe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matdesign.core.data.DatasetProperties;

/**
 * The properties a design target may name. The default catalogue holds what the Perov-5 models learn; a model with other
 * properties brings its own catalogue through {@link #of(List)}.
 */
public final class PropertyCatalogue {

    /**
     * GLLB-SC direct band gap of Perov-5 (CMR); a gap above 15 eV does not exist in any known solid. Default
     * tolerance 0.5 eV: about three held-out MAEs of the bundled independent predictor, so a hit is distinguishable
     * from its noise.
     */
    public static final PropertyInfo BAND_GAP =
            of(DatasetProperties.PEROV_5.require(DatasetProperties.BAND_GAP), 0.0, 15.0, 0.5, "band gap");
    /**
     * Heat of formation per atom of Perov-5 (CMR heat_all); |dH| above 6 eV/atom is beyond any known compound.
     * Default tolerance 0.3 eV/atom: about one held-out MAE of the bundled independent predictor.
     */
    public static final PropertyInfo FORMATION_ENERGY =
            of(DatasetProperties.PEROV_5.require(DatasetProperties.FORMATION_ENERGY), -6.0, 6.0, 0.3,
                    "formation energy per atom");

    private static final PropertyCatalogue DEFAULTS = of(List.of(BAND_GAP, FORMATION_ENERGY));

    private final Map<String, PropertyInfo> byName;

    private PropertyCatalogue(Map<String, PropertyInfo> byName) {
        this.byName = byName;
    }

    /** Name, unit and column from core's dataset table, so the catalogue and the predictors read the same column. */
    private static PropertyInfo of(DatasetProperties.Property p, double min, double max, double tolerance,
            String description) {
        return new PropertyInfo(p.name(), p.unit(), p.column(), min, max, tolerance, description);
    }

    public static PropertyCatalogue defaults() {
        return DEFAULTS;
    }

    public static PropertyCatalogue of(List<PropertyInfo> properties) {
        Map<String, PropertyInfo> map = new LinkedHashMap<>();
        for (PropertyInfo p : properties) {
            if (map.put(p.name(), p) != null) {
                throw new IllegalArgumentException("property " + p.name() + " is listed twice in the catalogue");
            }
        }
        return new PropertyCatalogue(Collections.unmodifiableMap(map));
    }

    public Optional<PropertyInfo> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @throws TargetSpecException naming the unknown property and the known ones */
    public PropertyInfo require(String name) {
        PropertyInfo info = byName.get(name);
        if (info == null) {
            throw new TargetSpecException("unknown property '" + name + "'; known properties: " + String.join(", ", names()));
        }
        return info;
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    public List<PropertyInfo> all() {
        return List.copyOf(byName.values());
    }
}
