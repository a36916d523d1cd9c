package org.matdesign.models.meidnet;

import org.matdesign.core.Structure;
import org.matdesign.core.data.DatasetRow;

import java.util.ArrayList;
import java.util.List;

/** One training or evaluation crystal: id, structure and physical property values in model order. */
public record Example(String id, Structure structure, double[] properties) {

    /** Rows -> examples with the configured properties (dataset columns), skipping rows with a missing value. */
    public static List<Example> fromRows(List<DatasetRow> rows, List<PropertySpec> properties) {
        List<Example> out = new ArrayList<>();
        for (DatasetRow row : rows) {
            double[] values = new double[properties.size()];
            boolean complete = true;
            for (int p = 0; p < values.length; p++) {
                Double v = row.properties().get(properties.get(p).column());
                if (v == null || !Double.isFinite(v)) {
                    complete = false;
                    break;
                }
                values[p] = v;
            }
            if (complete) {
                out.add(new Example(row.id(), row.structure(), values));
            }
        }
        return out;
    }
}
