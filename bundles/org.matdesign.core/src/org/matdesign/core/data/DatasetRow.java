package org.matdesign.core.data;

import java.util.Map;

import org.matdesign.core.Structure;

/**
 * One row of a CDVAE benchmark CSV: the material id, the structure parsed from its CIF, the numeric columns
 * (e.g. heat_all, dir_gap, formation_energy_per_atom, spacegroup.number; NaN where a cell is empty) and the text
 * columns (e.g. formula, pretty_formula, elements). Maps keep the column order and are unmodifiable.
 */
public record DatasetRow(String id, Structure structure, Map<String, Double> properties, Map<String, String> text) {

    public DatasetRow {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        text = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(text));
    }

    /** A numeric column; throws naming the column when the row does not have it. */
    public double property(String column) {
        Double v = properties.get(column);
        if (v == null) {
            throw new IllegalArgumentException("row " + id + " has no numeric column '" + column + "' (has "
                    + properties.keySet() + ")");
        }
        return v;
    }
}
