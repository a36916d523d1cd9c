package org.matdesign.engine;

/** A campaign that could not run to the end (nothing was written); the message says why. */
public final class CampaignException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CampaignException(String message, Throwable cause) {
        super(message, cause);
    }

    public CampaignException(String message) {
        super(message);
    }
}
