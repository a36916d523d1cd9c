package org.matdesign.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Renders candidates for people (extension point {@code org.matdesign.api.visualizers}). */
public interface Visualizer {

    /** The media type written by {@link #render}, e.g. {@code image/svg+xml} or {@code text/html}. */
    String mediaType();

    void render(List<Candidate> candidates, RunContext context, OutputStream out) throws IOException;
}
