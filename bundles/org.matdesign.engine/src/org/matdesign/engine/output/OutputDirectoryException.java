package org.matdesign.engine.output;

/** The output directory cannot be used or completed; the message names the directory and the reason. */
public class OutputDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputDirectoryException(String message) {
        super(message);
    }

    public OutputDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
