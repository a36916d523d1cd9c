package org.matdesign.ui.design;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The design sessions of this workbench, newest last, and which one the views show. One instance per workbench
 * (held by the UI bundle); views follow {@link #current()} and hear when another session becomes current.
 */
public final class DesignSessions {

    private static final DesignSessions WORKBENCH = new DesignSessions();

    private final List<DesignSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Consumer<DesignSession>> currentListeners = new CopyOnWriteArrayList<>();
    private volatile DesignSession current;

    /** The workbench's sessions. */
    public static DesignSessions workbench() {
        return WORKBENCH;
    }

    public List<DesignSession> all() {
        return List.copyOf(sessions);
    }

    public DesignSession current() {
        return current;
    }

    /** Adds the session (if new) and makes it the one the views show. */
    public void show(DesignSession session) {
        if (!sessions.contains(session)) {
            sessions.add(session);
        }
        current = session;
        currentListeners.forEach(l -> l.accept(session));
    }

    public void addCurrentListener(Consumer<DesignSession> listener) {
        currentListeners.add(listener);
    }

    public void removeCurrentListener(Consumer<DesignSession> listener) {
        currentListeners.remove(listener);
    }
}
