package org.matdesign.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.matdesign.api.ContributionRegistry;

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
        return ContributionRegistry.await(MatDesignApplication.class, REGISTRY_WAIT_MS);
    }
}
