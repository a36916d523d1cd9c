package org.matdesign.engine;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The installed version of a bundle, for provenance; "unbundled" on a plain class path. */
final class BundleVersions {

    private BundleVersions() {
    }

    static String of(String symbolicName) {
        try {
            Bundle self = FrameworkUtil.getBundle(BundleVersions.class);
            if (self != null && self.getBundleContext() != null) {
                for (Bundle b : self.getBundleContext().getBundles()) {
                    if (symbolicName.equals(b.getSymbolicName())) {
                        return b.getVersion().toString();
                    }
                }
            }
        } catch (LinkageError e) {
            // plain class path: no framework to ask
        }
        return "unbundled";
    }
}
