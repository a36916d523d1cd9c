package org.matdesign.ml;

import java.io.IOException;

/** A tensor file that cannot be trusted: missing parts, wrong sizes, or a checksum that does not match. */
public class TensorFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public TensorFileException(String message) {
        super(message);
    }

    public TensorFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
