package org.matdesign.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.matdesign.api.ContributionRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The headless Equinox application {@code org.matdesign.cli.matdesign}: the {@code matdesign} command. */
public final class MatDesignApplication implements IApplication {

    private static final long REGISTRY_WAIT_MS = 10_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Dispatcher dispatcher = new Dispatcher("matdesign", Commands.all(MatDesignApplication::registry));
        int code = dispatcher.run(args == null ? new String[0] : args, System.out, System.err);
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands run to completion on the application thread; nothing to interrupt here.
    }

    /** Waits briefly for the DS registry: SCR activates components asynchronously at start-up. */
    static ContributionRegistry registry() {
        Bundle bundle = FrameworkUtil.getBundle(MatDesignApplication.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceTracker<ContributionRegistry, ContributionRegistry> tracker =
                new ServiceTracker<>(context, ContributionRegistry.class, null);
        tracker.open();
        try {
            return tracker.waitForService(REGISTRY_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            // The registry is an immediate DS component: it stays active after the tracker lets go.
            tracker.close();
        }
    }
}
