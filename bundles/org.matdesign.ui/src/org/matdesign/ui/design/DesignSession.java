package org.matdesign.ui.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.matdesign.api.Candidate;
import org.matdesign.api.DesignResults;
import org.matdesign.api.RankedCandidate;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignListener;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.recipe.Recipe;

/**
 * One design in the workbench: its recipe and output folder, the candidates as they stream in from the engine's
 * campaign job, and, once the job is done, its ranked results or why it ended. Views listen to it; listeners are
 * called on the job's thread and must hop to the UI thread themselves (through a {@link Coalescer}).
 */
public final class DesignSession implements CampaignListener {

    /** Where a session stands. */
    public enum State { RUNNING, DONE, CANCELLED, FAILED }

    private final String name;
    private final Recipe recipe;
    private final Path output;
    /** Replaced whole, never changed in place, so a reader never sees a half-updated list. */
    private volatile List<CandidateEntry> entries = List.of();
    private final List<Consumer<DesignSession>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile State state = State.RUNNING;
    private volatile String message = "";
    private volatile DesignResults results;
    private volatile Path committed;
    private volatile Job job;
    private volatile String lastStage = "";

    public DesignSession(String name, Recipe recipe, Path output) {
        this.name = Objects.requireNonNull(name, "name");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.output = Objects.requireNonNull(output, "output");
    }

    public String name() {
        return name;
    }

    public Recipe recipe() {
        return recipe;
    }

    /** The folder the campaign writes to; it exists only once the campaign is done. */
    public Path output() {
        return committed != null ? committed : output;
    }

    public State state() {
        return state;
    }

    /** Why the session ended when it did not end well, else empty. */
    public String message() {
        return message;
    }

    /** The ranked results once the campaign is done; null before and after a failure. */
    public DesignResults results() {
        return results;
    }

    /** The candidates so far: streamed ones in arrival order, then the ranking once the campaign is done. */
    public List<CandidateEntry> entries() {
        return entries;
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    /**
     * What went wrong so far without ending the run (a contribution that failed, was stopped at its time limit or
     * answered garbage), one line each, as the engine logged them.
     */
    public List<String> problems() {
        return log.stream().filter(l -> l.startsWith(Campaign.PROBLEM_PREFIX))
                .map(l -> l.substring(Campaign.PROBLEM_PREFIX.length())).toList();
    }

    public String targetLabel(int target) {
        return target >= 0 && target < recipe.targets().size() ? recipe.targets().get(target).targets().label() : "";
    }

    public void addListener(Consumer<DesignSession> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<DesignSession> listener) {
        listeners.remove(listener);
    }

    void attach(Job campaignJob) {
        this.job = campaignJob;
    }

    /** Asks the campaign job to stop; it ends without writing anything. */
    public void cancel() {
        Job j = job;
        if (j != null) {
            j.cancel();
        }
    }

    void logLine(String line) {
        log.add(line);
    }

    /** The target's rows become the candidates after this stage (verdict columns fill in stage by stage). */
    @Override
    public synchronized void stageDone(int target, String stage, List<Candidate> candidates) {
        if (state != State.RUNNING) {
            return;
        }
        List<CandidateEntry> next = new ArrayList<>();
        entries.stream().filter(e -> e.target() != target).forEach(next::add);
        candidates.forEach(c -> next.add(new CandidateEntry(this, 0, target, c, null)));
        entries = List.copyOf(next);
        lastStage = stage;
        changed();
    }

    /** The stage whose candidates are shown while the design runs. */
    public String lastStage() {
        return lastStage;
    }

    /** The job ended: the ranked candidates replace the streamed ones, or the session records why it stopped. */
    synchronized void finished(IStatus status, CampaignOutcome outcome) {
        if (status.getSeverity() == IStatus.CANCEL) {
            state = State.CANCELLED;
            message = "cancelled; no output was written";
        } else if (!status.isOK() || outcome == null) {
            state = State.FAILED;
            message = status.getMessage();
        } else {
            results = outcome.results();
            committed = outcome.outputDirectory();
            List<CandidateEntry> ranked = new ArrayList<>();
            for (RankedCandidate c : results.candidates()) {
                ranked.add(new CandidateEntry(this, c.rank(), c.target(), c.candidate(), c.sun()));
            }
            entries = List.copyOf(ranked);
            state = State.DONE;
        }
        changed();
    }

    private void changed() {
        for (Consumer<DesignSession> l : listeners) {
            l.accept(this);
        }
    }

    @Override
    public String toString() {
        return name + " (" + state.name().toLowerCase(Locale.ROOT) + ", " + entries.size() + " candidates)";
    }
}
