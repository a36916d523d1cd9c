package org.matdesign.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Implemented by a {@link GenerativeModel} contribution that can be trained by its user (from the workbench's
 * training monitor or any other caller): train on a dataset's training split into a folder, with a checkpoint after
 * every epoch so a cancelled or interrupted training resumes where it stopped.
 */
public interface TrainableModel {

    /**
     * @param dataset    a dataset the model can train on ({@link #trainableDatasets()})
     * @param dataFolder the data folder holding it; null to look in the default places
     * @param output     where the model and its checkpoint go; a new or empty folder unless {@code resume}
     * @param resume     continue from the checkpoint in {@code output}
     */
    record Request(String dataset, Path dataFolder, Path output, int epochs, long seed, boolean resume) {
        public Request {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
            }
        }
    }

    /**
     * One finished epoch: the mean training losses and the same figures on the held-out validation split.
     *
     * @param epoch 0-based
     */
    record Epoch(int epoch, int epochs, Map<String, Double> losses, Map<String, Double> heldOut, double seconds) {
        public Epoch {
            losses = Map.copyOf(losses);
            heldOut = Map.copyOf(heldOut);
        }
    }

    /** The datasets this model can be trained on, e.g. {@code perov_5}. */
    List<String> trainableDatasets();

    /**
     * Trains, reporting every epoch (on the training thread); honours cancellation through the monitor, leaving the
     * checkpoint of the last finished epoch behind.
     *
     * @return the folder of the saved model; null when cancelled before the end
     */
    Path train(Request request, Consumer<Epoch> epochs, IProgressMonitor monitor) throws CoreException;
}
