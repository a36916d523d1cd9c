package org.matdesign.api;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.core.Structure;

/**
 * Predicts properties of crystals independently of the generator that proposed them (extension point
 * {@code org.matdesign.api.predictors}). The funnel's independent property check, the stability estimate and the
 * benchmark's property distributions ask a predictor by id through {@link RunContext#predictor(String)}, which
 * creates it once per campaign and closes it when the campaign ends.
 */
public interface PropertyPredictor extends AutoCloseable {

    /** The {@link #facts()} key naming the dataset folder it was trained on, e.g. {@code perov_5}. */
    String TRAINING_DATASET = "training.dataset";

    /** The properties it predicts (e.g. {@code band_gap}), in the order of {@link PropertyPrediction#values()}. */
    List<String> properties();

    /** Unit of a property it predicts, e.g. {@code eV/atom}; empty when dimensionless. */
    String unit(String property);

    /**
     * One prediction per structure, in input order; null for a structure it cannot handle (an element outside its
     * vocabulary, a cell it cannot build a graph for). Honours cancellation through the monitor.
     */
    List<PropertyPrediction> predict(List<Structure> structures, IProgressMonitor monitor) throws CoreException;

    /**
     * What it is and how good it is, for provenance and reports: architecture, training data and size, held-out
     * errors per property (keys such as {@code heldout.mae.band_gap}), and {@value #TRAINING_DATASET}: the dataset it
     * was trained on, which tells a caller whose property names it learnt (see {@link PredictorFit}).
     */
    Map<String, String> facts();

    /** Releases models and native memory; called once, when the campaign that created it ends. */
    @Override
    default void close() {
    }
}
