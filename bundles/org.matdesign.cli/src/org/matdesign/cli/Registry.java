package org.matdesign.cli;

import org.matdesign.api.ContributionRegistry;

/** Public access to the contribution registry for command groups in sub-packages. */
public final class Registry {

    private Registry() {
    }

    /** The OSGi DS registry when running inside the framework; null outside OSGi (plain-Java tests). */
    public static ContributionRegistry get() {
        try {
            return MatDesignApplication.registry();
        } catch (LinkageError e) {
            return null; // OSGi classes absent from a plain class path
        }
    }
}
