package org.matdesign.ui.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.matdesign.core.Structure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;
import org.matdesign.ui.structure.internal.CameraMouseControl;
import org.matdesign.ui.structure.internal.Caption;
import org.matdesign.ui.structure.internal.FileDrop;
import org.matdesign.ui.structure.internal.ImageExport;
import org.matdesign.ui.structure.internal.ProblemPanel;
import org.matdesign.ui.structure.internal.Projection;
import org.matdesign.ui.structure.internal.RenderOptions;
import org.matdesign.ui.structure.internal.StructureRenderer;
import org.matdesign.ui.structure.internal.ViewerControls;

/**
 * A crystal structure viewer: a ball-and-stick picture drawn with SWT's GC (no OpenGL), turned with the left
 * mouse button, moved with the right or middle button (or shift + left), zoomed with the wheel, with controls for
 * supercell, bonds, cell, labels and image export. A problem (a file that does not parse) is shown as text in
 * place of the picture.
 */
public final class StructureViewer extends Composite {

    private static final String EMPTY_MESSAGE = "No structure.\nOpen a CIF, POSCAR or pymatgen JSON file"
            + " (Open\u2026 above, or File > Open Structure File\u2026),\ndrop one here, or select a candidate.";
    private static final Point DEFAULT_SNAPSHOT = new Point(800, 600);

    private final Camera camera = new Camera();
    private final StructureRenderer renderer;
    private final ViewerControls controls;
    private final Composite area;
    private final StackLayout stack = new StackLayout();
    private final Canvas canvas;
    private final ProblemPanel problem;
    private Structure structure;
    private String title;
    private StructureScene scene;
    private SceneOptions sceneOptions = SceneOptions.defaults();
    private RenderOptions renderOptions = RenderOptions.defaults();
    private Projection lastProjection;
    private int hoverAtom = -1;

    public StructureViewer(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);
        renderer = new StructureRenderer(getDisplay());
        controls = new ViewerControls(this, this);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        area = new Composite(this, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.setLayout(stack);
        canvas = new Canvas(area, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        // only the canvas's own projection serves picking, not one of an image rendered at another size
        canvas.addPaintListener(e -> lastProjection = paint(e.gc, canvas.getClientArea()));
        new CameraMouseControl(camera, canvas::redraw, this::hover).install(canvas);
        problem = new ProblemPanel(area);
        stack.topControl = canvas;
        controls.show(sceneOptions, renderOptions);
        addDisposeListener(e -> renderer.dispose());
    }

    /** Shows a structure; {@code title} (a file name, a candidate id; may be null) heads the caption. */
    public void setStructure(Structure newStructure, String newTitle) {
        structure = newStructure;
        title = newTitle;
        hoverAtom = -1;
        rebuildScene();
    }

    /** Reads and shows a structure file; a file that cannot be read shows the reader's message instead. */
    public boolean showFile(Path file) {
        try {
            setStructure(StructureFiles.read(file), String.valueOf(file.getFileName()));
            return true;
        } catch (StructureParseException | IllegalArgumentException | UncheckedIOException e) {
            showError(e.getMessage());
            return false;
        }
    }

    /** Shows a problem in place of the picture, e.g. the message of a file that could not be read. */
    public void showError(String message) {
        structure = null;
        scene = null;
        lastProjection = null;
        problem.setProblem(message);
        show(problem);
    }

    /** Whether a problem is shown instead of a picture. */
    public boolean isShowingError() {
        return stack.topControl == problem;
    }

    /** The text shown in place of the picture when {@link #isShowingError()}. */
    public String errorText() {
        return problem.text();
    }

    /** The structure shown, or null. */
    public Structure structure() {
        return structure;
    }

    /** The scene drawn, or null when no structure is shown. */
    public StructureScene scene() {
        return scene;
    }

    public Camera camera() {
        return camera;
    }

    /** The drawing surface (mouse gestures and file drops arrive here). */
    public Canvas canvas() {
        return canvas;
    }

    public void resetView() {
        camera.reset();
        canvas.redraw();
    }

    /** Repeats the cell 1..3 times along a, b and c. */
    public void setSupercell(int na, int nb, int nc) {
        setSceneOptions(sceneOptions.withRepeats(na, nb, nc));
    }

    public void setShowBoundaryAtoms(boolean show) {
        setSceneOptions(sceneOptions.withBoundaryAtoms(show));
    }

    public void setShowBonds(boolean show) {
        setRenderOptions(renderOptions.withBonds(show));
    }

    public void setShowCell(boolean show) {
        setRenderOptions(renderOptions.withCell(show));
    }

    public void setShowLabels(boolean show) {
        setRenderOptions(renderOptions.withLabels(show));
    }

    /** The description of the atom under the mouse (element, site, fractional coordinates), or null. */
    public String hoverText() {
        return scene == null || hoverAtom < 0 ? null
                : scene.describe(hoverAtom);
    }

    /** Draws the current picture into an image of any size (as on screen, at the image's size). */
    public void renderTo(Image image) {
        GC gc = new GC(image);
        try {
            paint(gc, image.getBounds());
        } finally {
            gc.dispose();
        }
    }

    /** The picture at the canvas's size (800 x 600 while the canvas has no size yet). */
    public ImageData snapshot() {
        Point size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            size = DEFAULT_SNAPSHOT;
        }
        Image image = new Image(getDisplay(), size.x, size.y);
        try {
            renderTo(image);
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    public void copyImage() {
        ImageExport.copyToClipboard(getDisplay(), snapshot());
    }

    /** Writes the picture to a PNG file, replacing it. */
    public void exportPng(Path file) throws IOException {
        ImageExport.savePng(snapshot(), file);
    }

    /** Asks for a file name and writes the picture there; a failure is reported in a message box. */
    public void exportPngWithDialog() {
        ImageExport.savePngWithDialog(getShell(), snapshot(), title != null && !title.isBlank() ? title
                : structure != null ? structure.composition().reducedFormula() : "structure");
    }

    /**
     * Files dropped on the picture (or around the problem text) go to {@code opener}. The text itself keeps GTK's
     * own text drop, which refuses a second drop target.
     */
    public void enableFileDrop(Consumer<Path> opener) {
        FileDrop.install(canvas, opener);
        FileDrop.install(problem, opener);
    }

    private void setSceneOptions(SceneOptions options) {
        if (!options.equals(sceneOptions)) {
            sceneOptions = options;
            rebuildScene();
        }
        controls.show(sceneOptions, renderOptions);
    }

    private void setRenderOptions(RenderOptions options) {
        renderOptions = options;
        controls.show(sceneOptions, renderOptions);
        canvas.redraw();
    }

    private void rebuildScene() {
        if (structure == null) {
            return;
        }
        try {
            scene = StructureScene.of(structure, sceneOptions);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        hoverAtom = -1;
        show(canvas);
        canvas.redraw();
    }

    private void show(Control top) {
        stack.topControl = top;
        area.layout();
    }

    /** Paints the picture and returns its projection (null when there is no scene). */
    private Projection paint(GC gc, Rectangle bounds) {
        if (scene == null) {
            renderer.paintMessage(gc, bounds, EMPTY_MESSAGE);
            return null;
        }
        return renderer.paint(gc, bounds, scene, camera, renderOptions, hoverAtom, Caption.of(structure, title));
    }

    private void hover(int x, int y) {
        int atom = lastProjection == null || x < 0 ? -1 : lastProjection.atomAt(x, y);
        if (atom != hoverAtom) {
            hoverAtom = atom;
            canvas.redraw();
        }
    }
}
