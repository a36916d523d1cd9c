package org.matdesign.ui.internal;

import org.matdesign.api.ContributionRegistry;

/** The installed contribution registry as the workbench sees it (DS starts it shortly after the bundles). */
public final class Registry {

    private static final long WAIT_MS = 10_000;

    private Registry() {
    }

    /** Null when the registry does not come up (then the UI says so instead of failing). */
    public static ContributionRegistry get() {
        return ContributionRegistry.await(Registry.class, WAIT_MS);
    }
}
