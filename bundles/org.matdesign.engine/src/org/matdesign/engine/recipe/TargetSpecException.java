package org.matdesign.engine.recipe;

/** A design target that cannot be used: unknown property, not a number, or physically impossible. */
public class TargetSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TargetSpecException(String message) {
        super(message);
    }
}
