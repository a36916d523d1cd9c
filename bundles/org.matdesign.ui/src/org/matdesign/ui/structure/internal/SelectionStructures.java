package org.matdesign.ui.structure.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.model.IWorkbenchAdapter;
import org.matdesign.core.Structure;
import org.matdesign.core.io.StructureFormat;

/** Finds something the structure view can show in a workbench selection. */
public final class SelectionStructures {

    /** A structure with its title (may be null), or a structure file (then {@code structure} is null). */
    public record Found(Structure structure, String title, Path file) {
    }

    private SelectionStructures() {
    }

    /**
     * The first element of a structured selection that adapts to {@link Structure}, or that is a
     * {@link java.nio.file.Path}, {@link File} or workspace file with a structure file name.
     */
    public static Optional<Found> find(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return Optional.empty();
        }
        for (Object element : structured) {
            Structure structure = Adapters.adapt(element, Structure.class);
            if (structure != null) {
                return Optional.of(new Found(structure, title(element), null));
            }
            Path file = structureFile(element);
            if (file != null) {
                return Optional.of(new Found(null, null, file));
            }
        }
        return Optional.empty();
    }

    private static String title(Object element) {
        if (element instanceof Structure) {
            return null;
        }
        IWorkbenchAdapter adapter = Adapters.adapt(element, IWorkbenchAdapter.class);
        return adapter == null ? null : adapter.getLabel(element);
    }

    private static Path structureFile(Object element) {
        Path path = switch (element) {
            case Path p -> p;
            case File f -> f.toPath();
            default -> WorkspaceFiles.location(element);
        };
        return path != null && StructureFormat.fromFileName(path).map(StructureFormat::readable).orElse(false)
                ? path : null;
    }
}
