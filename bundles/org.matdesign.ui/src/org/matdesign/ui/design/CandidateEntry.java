package org.matdesign.ui.design;

import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.matdesign.api.Candidate;
import org.matdesign.core.Structure;

/**
 * One row of the candidates table: a candidate of a design session, while it streams in ({@code rank == 0},
 * {@code sun == null}) or once the campaign has ranked it. It adapts to {@link Candidate} and {@link Structure}, so any
 * view that follows the selection (the structure viewer, a third party's visualizer view) can show it.
 *
 * @param session the design it belongs to
 * @param rank    1 = best; 0 while the campaign has not ranked it yet
 * @param target  index of its target in the recipe
 * @param sun     whether it passes the SUN rule; null until the campaign-wide validators have judged it
 */
public record CandidateEntry(DesignSession session, int rank, int target, Candidate candidate, Boolean sun)
        implements IAdaptable {

    public CandidateEntry {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(candidate, "candidate");
    }

    public String id() {
        return candidate.id();
    }

    public String formula() {
        return candidate.structure().composition().reducedFormula();
    }

    public String targetLabel() {
        return session.targetLabel(target);
    }

    public boolean ranked() {
        return rank > 0;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(candidate)) {
            return adapter.cast(candidate);
        }
        if (adapter == Structure.class) {
            return adapter.cast(candidate.structure());
        }
        return null;
    }

    @Override
    public String toString() {
        return id() + " " + formula();
    }
}
