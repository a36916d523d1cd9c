package org.matdesign.engine;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where a campaign's per-target design runs happen when they do not run one after another in the campaign's own JVM:
 * a cluster driver ships the recipe and each target's index to workers, each worker runs the parts of
 * {@link CampaignTargets#targetRun} it is given (a whole target, or one slice of a target's optimisation), and the
 * runner hands the results back in target order. Everything before (the plan, coverage) and after (campaign-wide
 * validators, ranking, outputs) stays in the {@link Campaign}, so a distributed campaign writes what a single-machine
 * one writes.
 */
public interface TargetRunner {

    /**
     * @param targets how many targets the recipe has
     * @param log     where the workers' log lines go, target by target
     * @return the design result of each target, index k at position k
     */
    List<DesignResult> run(int targets, Consumer<String> log, IProgressMonitor monitor);
}
