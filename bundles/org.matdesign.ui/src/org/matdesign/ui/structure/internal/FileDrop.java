package org.matdesign.ui.structure.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/** Accepts files dragged from a file manager onto a control and hands the first one on. */
public final class FileDrop extends DropTargetAdapter {

    private final Consumer<Path> opener;

    private FileDrop(Consumer<Path> opener) {
        this.opener = opener;
    }

    public static void install(Control control, Consumer<Path> opener) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        target.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        target.addDropListener(new FileDrop(opener));
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        // a plain drag means "move" to most file managers; here it only ever reads the file
        if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
        }
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (event.data instanceof String[] files && files.length > 0) {
            opener.accept(Path.of(files[0]));
        }
    }
}
