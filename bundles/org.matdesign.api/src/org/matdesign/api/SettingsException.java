package org.matdesign.api;

/** A given setting that its contribution does not declare, or a value its declaration does not allow. */
public final class SettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
