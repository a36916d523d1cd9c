package org.matdesign.api;

import java.util.Objects;

/** One stage of the screening funnel: how many candidates are still in after it, and what it checks. */
public record FunnelStage(String name, long count, String description) {
    public FunnelStage {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        if (count < 0) {
            throw new IllegalArgumentException("funnel stage " + name + ": negative count " + count);
        }
    }
}
