package org.matdesign.api.internal;

import org.matdesign.api.ContributionRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** {@link ContributionRegistry#await}: the DS registry, waited for briefly (SCR activates it asynchronously). */
public final class RegistryLookup {

    private RegistryLookup() {
    }

    public static ContributionRegistry await(Class<?> caller, long timeoutMillis) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceTracker<ContributionRegistry, ContributionRegistry> tracker =
                new ServiceTracker<>(context, ContributionRegistry.class, null);
        tracker.open();
        try {
            return tracker.waitForService(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            // The registry is an immediate DS component: it stays active after the tracker lets go.
            tracker.close();
        }
    }
}
