package org.matdesign.ui.structure.internal;

import java.lang.reflect.Method;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;

/**
 * Workspace files ({@code org.eclipse.core.resources.IFile}, as the Project Explorer selects them) as local paths.
 * Found by name, not imported: the resources bundle is in IDEs but not in this project's target or product.
 */
final class WorkspaceFiles {

    private static final String IFILE = "org.eclipse.core.resources.IFile";

    private WorkspaceFiles() {
    }

    /** The local file of a workspace file, or null (not a workspace file, or not on the local disk). */
    static Path location(Object element) {
        if (element == null || !implementsIFile(element.getClass())) {
            return null;
        }
        try {
            Method getLocation = element.getClass().getMethod("getLocation");
            return getLocation.invoke(element) instanceof IPath location ? location.toFile().toPath() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static boolean implementsIFile(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(IFILE) || implementsIFile(i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
