package org.matdesign.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.PropertyPrediction;
import org.matdesign.api.PropertyPredictor;
import org.matdesign.core.Structure;

/** The independent predictor's values for a list of crystals; a crystal it cannot handle has no value. */
record Predictions(List<PropertyPrediction> values) {

    static Predictions of(PropertyPredictor predictor, List<Structure> structures, IProgressMonitor monitor)
            throws CoreException {
        List<PropertyPrediction> p = predictor.predict(structures, monitor);
        if (p == null || p.size() != structures.size()) {
            throw new IllegalStateException("the predictor returned " + (p == null ? "no list" : p.size()
                    + " predictions") + " for " + structures.size() + " crystals");
        }
        return new Predictions(new ArrayList<>(p));
    }

    /** The finite predictions of one property. */
    double[] values(String property) {
        return values.stream().filter(v -> v != null).mapToDouble(v -> v.value(property))
                .filter(Double::isFinite).toArray();
    }

    /** The prediction of crystal {@code i}, NaN when there is none. */
    double value(int i, String property) {
        PropertyPrediction v = values.get(i);
        return v == null ? Double.NaN : v.value(property);
    }
}
