package org.matdesign.api.tests;

import org.matdesign.api.ContributionRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Obtains the DS registry in the test runtime (SCR activates it asynchronously). */
public final class Registries {

    private Registries() {
    }

    public static BundleContext context(Class<?> testClass) {
        return FrameworkUtil.getBundle(testClass).getBundleContext();
    }

    public static ContributionRegistry registry(Class<?> testClass) throws InterruptedException {
        ContributionRegistry registry = ContributionRegistry.await(testClass, 10_000);
        if (registry == null) {
            throw new AssertionError("the ContributionRegistry service did not appear within 10 s");
        }
        return registry;
    }
}
