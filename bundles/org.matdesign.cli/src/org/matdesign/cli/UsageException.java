package org.matdesign.cli;

/** Bad command-line usage: reported on one stderr line, exit code 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
