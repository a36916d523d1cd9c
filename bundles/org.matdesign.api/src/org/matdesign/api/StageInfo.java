package org.matdesign.api;

/** A validator that ran in a campaign, as the outputs name it: one column group per stage, in the order they ran. */
public record StageInfo(String id, String name, String description) {
}
