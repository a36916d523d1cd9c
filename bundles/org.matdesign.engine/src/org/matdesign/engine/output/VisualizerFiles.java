package org.matdesign.engine.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.matdesign.api.OutputFiles;

/**
 * The view of a campaign's staging folder one visualizer writes through: names another visualizer already claimed
 * are refused, and everything this one created can be discarded when it fails, so a faulty visualizer leaves nothing
 * half-written behind.
 */
public final class VisualizerFiles implements OutputFiles {

    private final OutputDirectory out;
    private final Set<Path> claimed;
    private final String owner;
    private final List<Path> created = new ArrayList<>();
    private boolean discarded;

    /** @param claimed the paths every visualizer of the campaign has claimed so far (shared, updated here) */
    public VisualizerFiles(OutputDirectory out, Set<Path> claimed, String owner) {
        this.out = out;
        this.claimed = claimed;
        this.owner = owner;
    }

    @Override
    public synchronized Path newFile(String relativeName) throws IOException {
        if (discarded) {
            // a visualizer stopped at its time limit may still be running on its abandoned thread
            throw new IOException(owner + ": its output was dropped; no more files are accepted from it");
        }
        Path p;
        try {
            p = out.file(relativeName);
        } catch (IllegalArgumentException e) {
            throw new IOException(owner + ": " + e.getMessage(), e);
        }
        if (!claimed.add(p) || Files.exists(p)) {
            throw new FileAlreadyExistsException(relativeName, null, owner + ": another output already wrote it");
        }
        created.add(p);
        return p;
    }

    /** Deletes what this visualizer created and refuses any file it asks for later. */
    public synchronized void discard() {
        discarded = true;
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the staging folder is deleted as a whole if the campaign fails; a leftover here is harmless
            }
        }
        created.clear();
    }

    public synchronized int createdCount() {
        return created.size();
    }
}
