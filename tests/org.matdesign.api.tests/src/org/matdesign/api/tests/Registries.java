package org.matdesign.api.tests;

import org.matdesign.api.ContributionRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Obtains the DS registry in the test runtime (SCR activates it asynchronously). */
public final class Registries {

    private Registries() {
    }

    public static BundleContext context(Class<?> testClass) {
        return FrameworkUtil.getBundle(testClass).getBundleContext();
    }

    public static ContributionRegistry registry(Class<?> testClass) throws InterruptedException {
        ServiceTracker<ContributionRegistry, ContributionRegistry> tracker =
                new ServiceTracker<>(context(testClass), ContributionRegistry.class, null);
        tracker.open();
        try {
            ContributionRegistry registry = tracker.waitForService(10_000);
            if (registry == null) {
                throw new AssertionError("the ContributionRegistry service did not appear within 10 s");
            }
            return registry;
        } finally {
            tracker.close();
        }
    }
}
