package org.matdesign.engine.recipe;

/** A recipe that cannot be used; the message names the file and the offending entry. */
public class RecipeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RecipeException(String message) {
        super(message);
    }

    public RecipeException(String message, Throwable cause) {
        super(message, cause);
    }
}
