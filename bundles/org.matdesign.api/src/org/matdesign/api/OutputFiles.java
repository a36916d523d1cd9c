package org.matdesign.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder of a campaign while it is being written (a staging folder that becomes the user's output
 * folder only when every visualizer has finished, so a failed or cancelled run leaves nothing half-written).
 */
public interface OutputFiles {

    /**
     * A path for a new file, relative to the output folder (sub-folders are created). Refuses a name that leaves the
     * folder or that another visualizer already claimed.
     */
    Path newFile(String relativeName) throws IOException;
}
