package org.matdesign.ui.design;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

/**
 * A view's link to the workbench's current design session: it follows whichever session becomes current, hears that
 * session's changes coalesced into at most one refresh per {@link Coalescer#DELAY_MS}, and lets go when the view is
 * disposed. Every callback runs on the UI thread.
 */
public final class CurrentSession {

    private final Control owner;
    private final Consumer<DesignSession> switched;
    private final Runnable refresh;
    private final Coalescer coalescer;
    private final Consumer<DesignSession> sessionChanged;
    private final Consumer<DesignSession> currentChanged = this::follow;
    private volatile DesignSession session;

    /**
     * @param switched called when another session becomes the one shown (before {@code refresh})
     * @param refresh  redraws the view from {@link #session()}
     */
    public CurrentSession(Control owner, Consumer<DesignSession> switched, Runnable refresh) {
        this.owner = owner;
        this.switched = switched;
        this.refresh = refresh;
        this.coalescer = new Coalescer(owner, refresh);
        this.sessionChanged = s -> coalescer.request();
        DesignSessions.workbench().addCurrentListener(currentChanged);
        follow(DesignSessions.workbench().current());
    }

    /** The session shown; null before the first design. */
    public DesignSession session() {
        return session;
    }

    private void follow(DesignSession next) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (owner.isDisposed() || Objects.equals(session, next)) {
                return;
            }
            if (session != null) {
                session.removeListener(sessionChanged);
            }
            session = next;
            if (session != null) {
                session.addListener(sessionChanged);
                switched.accept(session);
            }
            refresh.run();
        });
    }

    public void dispose() {
        DesignSessions.workbench().removeCurrentListener(currentChanged);
        DesignSession s = session;
        if (s != null) {
            s.removeListener(sessionChanged);
        }
    }
}
