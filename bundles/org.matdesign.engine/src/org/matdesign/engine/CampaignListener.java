package org.matdesign.engine;

import java.util.List;

import org.matdesign.api.Candidate;

/**
 * Hears a campaign while it runs, so a caller (the workbench's candidates table) can show candidates before the
 * campaign ends. Called on the campaign's thread; a listener that throws is reported as a problem and the campaign
 * goes on.
 */
public interface CampaignListener {

    /** No one is listening. */
    CampaignListener NONE = new CampaignListener() {
    };

    /**
     * One target's candidates after a stage of its design run (its generator, optimizer or a per-target validator):
     * each call replaces the previous list of that target. Not yet judged by the campaign-wide validators nor ranked
     * (the outcome carries the final ranking). Ids are the campaign's ({@code t1-...}).
     *
     * @param target index of the target in the recipe
     * @param stage  id of the contribution that just ran
     */
    default void stageDone(int target, String stage, List<Candidate> candidates) {
    }
}
