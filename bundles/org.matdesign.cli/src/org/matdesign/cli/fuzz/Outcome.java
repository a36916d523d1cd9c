package org.matdesign.cli.fuzz;

/** What reading one input came to. */
public enum Outcome {
    /** Read without error. */
    PARSED,
    /** The target's documented error, naming the input. */
    CLEAN_ERROR,
    /** Any other throwable, or a documented error that does not name the input. */
    CRASH,
    /** Still running at the time bound; the worker was abandoned. */
    HANG
}
