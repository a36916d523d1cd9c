package org.matdesign.engine;

/** How many candidates were left after one stage of a run ("generated", "optimized", or a validator id). */
public record FunnelStep(String stage, int remaining) {
}
