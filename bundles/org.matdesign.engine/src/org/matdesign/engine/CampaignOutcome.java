package org.matdesign.engine;

import java.nio.file.Path;

import org.matdesign.api.DesignResults;

/** A finished campaign: where its outputs are now, and what it found. */
public record CampaignOutcome(Path outputDirectory, DesignResults results) {
}
